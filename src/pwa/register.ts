/**
 * Registers the service worker (dist/sw.js) in production builds, so the game works offline after
 * the first load. Never throws: without a worker (dev, old browser, private mode, blocked) the game
 * simply works online. There is deliberately no 'controllerchange' reload: a new version waits, and
 * the next load picks it up (see the comment at the top of the generated sw.js).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  try {
    if (!('serviceWorker' in navigator)) return;
    // After 'load', so precaching does not compete with the title screen for bandwidth.
    const register = () => {
      navigator.serviceWorker.register('./sw.js').catch(() => {
        // Not registered (e.g. blocked by policy): the game works online, as before.
      });
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  } catch {
    // Service workers unavailable (e.g. a sandboxed frame): nothing to do.
  }
}
