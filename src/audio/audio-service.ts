/**
 * Browser-side sound for Koers: a thin, failure-proof wrapper around Howler.
 *
 * Sound is a nice-to-have in a training simulation, so nothing here may ever break the game: every Howler call is
 * guarded, and the first failure switches the service to 'failed' (silent) and tells the UI once. Browsers only
 * allow audio after a user gesture, so nothing is created, rendered or played before unlock().
 */
import { Howl, Howler } from 'howler';
import { FAILURE_MESSAGE } from './failure';
import { CAPTIONS, renderMusic, renderSound, SOUND_IDS, type SoundId, wavDataUrl } from './synth';

export interface AudioSettings {
  music: number;
  effects: number;
  muted: boolean;
}
export type AudioStatus = 'locked' | 'ready' | 'failed';

export interface AudioService {
  readonly status: AudioStatus;
  /** Call from the first user gesture; creates the Howls lazily (renders the synth then). Never throws. */
  unlock(): void;
  /** No-op while locked/failed/muted; never throws. */
  play(id: SoundId): void;
  startMusic(): void;
  stopMusic(): void;
  /** Separate music/effects volumes; mute via Howler.mute. */
  apply(settings: AudioSettings): void;
  /** Called with the caption text whenever a sound that carries meaning plays (not for 'click'). */
  onCaption(listener: (text: string) => void): () => void;
  /** Called once if audio fails (no device, blocked, Howler load/play error): the game carries on silently. */
  onFailure(listener: (message: string) => void): () => void;
}

/** The subset of Howler's Howl options we use; kept minimal so tests can provide a fake. */
export interface HowlOptionsLike {
  src: string[];
  format: string[];
  volume: number;
  loop: boolean;
  onloaderror: (soundId: number, error: unknown) => void;
  onplayerror: (soundId: number, error: unknown) => void;
}

export interface HowlLike {
  play(): number;
  stop(): unknown;
  volume(volume: number): unknown;
  playing(): boolean;
}

export interface HowlerLike {
  Howl: new (options: HowlOptionsLike) => HowlLike;
  Howler: {
    mute(muted: boolean): unknown;
    volume(volume: number): unknown;
    /** Howler creates its AudioContext lazily; null/absent means HTML5 Audio or not created yet. */
    ctx?: { state?: string; resume?: () => Promise<void> } | null;
    /** Set by Howler when the platform has no usable audio at all. */
    noAudio?: boolean;
  };
}

export { FAILURE_MESSAGE };

export const DEFAULT_AUDIO_SETTINGS: AudioSettings = { music: 0.5, effects: 0.8, muted: false };

/** Volumes come from persisted settings and sliders: anything odd becomes a safe value instead of an exception. */
function clamp01(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;
}

export function createAudioService(options?: { howler?: HowlerLike }): AudioService {
  const lib: HowlerLike = options?.howler ?? { Howl, Howler };
  let status: AudioStatus = 'locked';
  let settings: AudioSettings = { ...DEFAULT_AUDIO_SETTINGS };
  const effects = new Map<SoundId, HowlLike>();
  let music: HowlLike | null = null;
  /** startMusic() before unlock() is remembered, so the title screen can ask for music before the first click. */
  let wantMusic = false;
  const captionListeners = new Set<(text: string) => void>();
  const failureListeners = new Set<(message: string) => void>();

  // A listener that throws must not take sound (or the caller) down with it.
  const emit = <T>(listeners: Set<(value: T) => void>, value: T) => {
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch {
        // Listener bugs are the listener's problem; audio keeps its promise never to throw.
      }
    }
  };

  const fail = (): void => {
    if (status === 'failed') return;
    status = 'failed';
    wantMusic = false;
    // Best effort: silence whatever might still be playing.
    for (const howl of [...effects.values(), ...(music ? [music] : [])]) {
      try {
        howl.stop();
      } catch {
        // Already broken; nothing more to do.
      }
    }
    emit(failureListeners, FAILURE_MESSAGE);
  };

  /** Runs a Howler interaction; any exception turns the service silent instead of propagating. */
  const guard = (action: () => void): boolean => {
    try {
      action();
      return true;
    } catch {
      fail();
      return false;
    }
  };

  const makeHowl = (bytes: Uint8Array, volume: number, loop: boolean): HowlLike =>
    new lib.Howl({
      src: [wavDataUrl(bytes)],
      format: ['wav'],
      volume,
      loop,
      // Howler reports these asynchronously; they are as fatal for us as a thrown exception.
      onloaderror: () => fail(),
      onplayerror: () => fail(),
    });

  const audible = (volume: number) => status === 'ready' && !settings.muted && volume > 0;

  const applyToHowler = (): void => {
    guard(() => {
      lib.Howler.mute(settings.muted);
      for (const howl of effects.values()) howl.volume(settings.effects);
      music?.volume(settings.music);
    });
  };

  const beginMusic = (): void => {
    if (!audible(settings.music)) return;
    let started = false;
    guard(() => {
      // Rendered on first use, not at unlock: it is the only expensive render and many sessions never need it.
      music ??= makeHowl(renderMusic(), settings.music, true);
      if (music.playing()) return;
      music.play();
      started = true;
    });
    if (started && status === 'ready') emit(captionListeners, CAPTIONS.music);
  };

  return {
    get status() {
      return status;
    },

    unlock() {
      if (status !== 'locked') return;
      const ok = guard(() => {
        for (const id of SOUND_IDS) effects.set(id, makeHowl(renderSound(id), settings.effects, false));
        if (lib.Howler.noAudio) throw new Error('no audio');
        // Howler resumes the context itself (on the first gesture, and before each sound) and never
        // handles a refusal: route every resume through one that turns a refusal into silence.
        const ctx = lib.Howler.ctx;
        if (ctx && typeof ctx.resume === 'function') {
          const resume = ctx.resume.bind(ctx);
          ctx.resume = () => Promise.resolve(resume()).catch(() => fail());
          // Some browsers keep the context suspended until resumed inside the gesture itself.
          if (ctx.state === 'suspended') void ctx.resume();
        }
        status = 'ready';
      });
      if (!ok) return;
      applyToHowler();
      if (wantMusic) beginMusic();
    },

    play(id) {
      if (!audible(settings.effects)) return;
      const howl = effects.get(id);
      if (!howl) return;
      guard(() => howl.play());
      // Only caption what was actually played; a click is feedback for the player's own action, not news.
      if (status === 'ready' && id !== 'click') emit(captionListeners, CAPTIONS[id]);
    },

    startMusic() {
      if (status === 'failed') return;
      wantMusic = true;
      beginMusic();
    },

    stopMusic() {
      wantMusic = false;
      if (music) guard(() => music?.stop());
    },

    apply(next) {
      const wasAudible = audible(settings.music);
      settings = {
        music: clamp01(next?.music, settings.music),
        effects: clamp01(next?.effects, settings.effects),
        muted: next?.muted === true,
      };
      if (status !== 'ready') return; // stored; applied at unlock. Touching Howler now would create its context.
      applyToHowler();
      // Music that was skipped while silent starts once it can be heard (and the player still wants it).
      if (wantMusic && !wasAudible) beginMusic();
    },

    onCaption(listener) {
      captionListeners.add(listener);
      return () => captionListeners.delete(listener);
    },

    onFailure(listener) {
      // A late subscriber still learns that audio is off, so a UI can show the notice whenever it mounts.
      if (status === 'failed') {
        emit(new Set([listener]), FAILURE_MESSAGE);
        return () => {};
      }
      failureListeners.add(listener);
      return () => failureListeners.delete(listener);
    },
  };
}
