/**
 * Entry point: the store, the audio service, the Phaser world behind, the DOM on top.
 * Only what the title screen needs loads here; the scenario and game code load on "Nieuw spel".
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import { startWorld } from '../scenes/start';
import { deferredAudioService } from './audio/deferred';
import { launchedByPlatform } from './platform/detect';
import { registerServiceWorker } from './pwa/register';
import { reloadOnStaleChunk } from './pwa/stale-chunk';
import { createAppStore } from './state/store';
import { mountApp } from './ui/app';

const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const store = createAppStore({ storage: safeLocalStorage(), reducedMotion });
// Sound loads after the title screen (see audio/deferred.ts).
const audio = deferredAudioService(() => import('./audio/audio-service').then((m) => m.createAudioService()));
// Inside a learning platform (a SCORM package or an xAPI launch) the game reports to it; that code
// loads only there. No offline worker there: the platform serves the files.
const inPlatform = launchedByPlatform(document, location.search);
const platform = inPlatform
  ? await import('./platform/connect').then(
      (m) => m.connectPlatform((message) => store.getState().setNotice(message)),
      () => null,
    )
  : null;
mountApp(document.getElementById('ui')!, store, audio, platform);
const world = startWorld(document.getElementById('wereld')!, store);
if (import.meta.env.PROD && !inPlatform) registerServiceWorker();
if (import.meta.env.PROD) reloadOnStaleChunk();

// In development and end-to-end tests (?test) only: a read-only view of the app state and the town.
if (import.meta.env.DEV || new URLSearchParams(location.search).has('test')) {
  (window as unknown as { __koers: unknown }).__koers = { store, world };
}

function safeLocalStorage() {
  const mem = new Map<string, string>();
  const fallback = {
    getItem: (k: string) => mem.get(k) ?? null,
    setItem: (k: string, v: string) => void mem.set(k, v),
    removeItem: (k: string) => void mem.delete(k),
  };
  try {
    localStorage.setItem('koers.probe', '1');
    localStorage.removeItem('koers.probe');
    return localStorage;
  } catch {
    return fallback;
  }
}
