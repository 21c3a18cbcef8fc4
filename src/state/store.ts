/**
 * The app's state in one Zustand vanilla store, created per app (or per test), never as a
 * module singleton. It holds what the UI and the scenes read: where the player is, the game's
 * view model (see src/view), settings (persisted) and a notice. Never the game's raw snapshot.
 */
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { GameView } from '../view';
import type { SlotInfo } from './save-storage';

export interface Settings {
  music: number;
  effects: number;
  muted: boolean;
  reducedMotion: boolean;
  largeText: boolean;
  /** Projector layout: large type, the panel over most of the screen. */
  presentation: boolean;
}

export type Route =
  | 'title'
  | 'loading'
  | 'game'
  | 'problem'
  | 'import'
  | 'setup'
  | 'facilitator'
  | 'dilemma'
  | 'live-host'
  | 'live-join';

export interface Problem {
  title: string;
  message: string;
}

export interface AppState {
  route: Route;
  settings: Settings;
  /** The game on screen, as its view model; null outside a game. */
  game: GameView | null;
  problem: Problem | null;
  notice: string | null;
  /** The saved games on this device, the most recent first (save-storage.ts). */
  saves: SlotInfo[];
  setSettings(patch: Partial<Settings>): void;
  showProblem(problem: Problem): void;
  setNotice(notice: string | null): void;
}

export const defaultSettings = (reducedMotion = false): Settings => ({
  music: 0.5,
  effects: 0.8,
  muted: false,
  reducedMotion,
  largeText: false,
  presentation: false,
});

export function createAppStore(opts: { storage?: StateStorage; reducedMotion?: boolean } = {}) {
  return createStore<AppState>()(
    persist(
      (set) => ({
        route: 'title',
        settings: defaultSettings(opts.reducedMotion),
        game: null,
        problem: null,
        notice: null,
        saves: [],
        setSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...sanitize(patch) } })),
        showProblem: (problem) => set({ route: 'problem', problem }),
        setNotice: (notice) => set({ notice }),
      }),
      {
        name: 'koers.settings',
        version: 1,
        ...(opts.storage ? { storage: createJSONStorage(() => opts.storage!) } : {}),
        partialize: (s) => ({ settings: s.settings }),
        // Stored settings come from outside: keep only well-formed values.
        merge: (stored, current) => ({
          ...current,
          settings: { ...current.settings, ...sanitize((stored as { settings?: Partial<Settings> })?.settings ?? {}) },
        }),
      },
    ),
  );
}

function sanitize(p: Partial<Settings>): Partial<Settings> {
  const out: Partial<Settings> = {};
  const unit = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : undefined);
  const music = unit(p.music);
  const effects = unit(p.effects);
  if (music !== undefined) out.music = music;
  if (effects !== undefined) out.effects = effects;
  for (const k of ['muted', 'reducedMotion', 'largeText', 'presentation'] as const)
    if (typeof p[k] === 'boolean') out[k] = p[k];
  return out;
}

export type AppStore = ReturnType<typeof createAppStore>;
