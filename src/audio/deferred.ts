/**
 * The audio service, loaded after the title screen: Howler and the synthesiser are code the first
 * screen does not need (about 12 KB gzip of the initial download). Until the code has arrived the
 * service is 'locked'; what was asked of it meanwhile (unlock, settings, music) is done in the same
 * order when it arrives. Sound effects asked for meanwhile are dropped, as they would be while
 * locked. If the code cannot be loaded, sound is off, said the same way as any other audio failure.
 */
import type { AudioService, AudioStatus } from './audio-service';
import { FAILURE_MESSAGE } from './failure';

export function deferredAudioService(load: () => Promise<AudioService>): AudioService {
  let real: AudioService | null = null;
  let failed = false;
  const waiting: ((a: AudioService) => void)[] = [];
  const failureListeners = new Set<(message: string) => void>();
  const later = (action: (a: AudioService) => void) => {
    if (real) action(real);
    else if (!failed) waiting.push(action);
  };
  /** A subscription made before the service exists: kept here, handed over when it arrives. */
  const subscribe = (
    listener: (text: string) => void,
    on: (a: AudioService) => (l: (text: string) => void) => () => void,
  ): (() => void) => {
    if (real) return on(real)(listener);
    let off: (() => void) | null = null;
    let cancelled = false;
    later((a) => {
      if (!cancelled) off = on(a)(listener);
    });
    return () => {
      cancelled = true;
      off?.();
    };
  };

  load().then(
    (service) => {
      real = service;
      for (const action of waiting.splice(0)) action(service);
    },
    () => {
      failed = true;
      waiting.length = 0;
      for (const listener of [...failureListeners]) listener(FAILURE_MESSAGE);
    },
  );

  return {
    get status(): AudioStatus {
      return real ? real.status : failed ? 'failed' : 'locked';
    },
    unlock: () => later((a) => a.unlock()),
    play: (id) => real?.play(id),
    startMusic: () => later((a) => a.startMusic()),
    stopMusic: () => later((a) => a.stopMusic()),
    apply: (settings) => later((a) => a.apply(settings)),
    onCaption: (listener) => subscribe(listener, (a) => a.onCaption.bind(a)),
    onFailure(listener) {
      if (failed) {
        listener(FAILURE_MESSAGE);
        return () => {};
      }
      failureListeners.add(listener);
      const off = subscribe(listener, (a) => a.onFailure.bind(a));
      return () => {
        failureListeners.delete(listener);
        off();
      };
    },
  };
}
