/**
 * After a deploy, a tab opened before it still asks for the old build's lazily loaded files, which
 * the server no longer has (without a service worker to keep them). Vite reports such a failed
 * import as 'vite:preloadError'; the page then reloads once to get the new build. A second failure
 * within a minute is not reloaded again (no loop): the screen's own Dutch message shows instead.
 * Nothing is lost: the game is autosaved after every decision and resumes with "Doorgaan".
 */
const KEY = 'koers.stale-chunk-reload';
const WINDOW_MS = 60_000;

export function reloadOnStaleChunk(): void {
  window.addEventListener('vite:preloadError', (event) => {
    try {
      const last = Number(sessionStorage.getItem(KEY) ?? 0);
      if (Date.now() - last < WINDOW_MS) return;
      sessionStorage.setItem(KEY, String(Date.now()));
    } catch {
      // Without sessionStorage there is no way to tell a loop from a first failure: do not reload.
      return;
    }
    event.preventDefault();
    location.reload();
  });
}
