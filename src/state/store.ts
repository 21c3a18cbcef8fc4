/**
 * The app's view model in one Zustand vanilla store, created per app (or per test), never as a
 * module singleton. It holds what the UI and the scenes read: where the player is, the game's
 * latest snapshot, settings (persisted), a notice, and the current caption.
 */
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { GameSnapshot } from '../game/game';
import type { ScenarioBundle } from '../sim/schema';

export interface Settings {
  music: number;
  effects: number;
  muted: boolean;
  reducedMotion: boolean;
  largeText: boolean;
  /** Projector layout: large type, the panel over most of the screen. */
  presentation: boolean;
}

export type Route = 'title' | 'loading' | 'game' | 'problem' | 'import' | 'setup' | 'facilitator' | 'dilemma';

export interface Problem {
  title: string;
  message: string;
}

export interface AppState {
  route: Route;
  settings: Settings;
  bundle: ScenarioBundle | null;
  snap: GameSnapshot | null;
  /** Played as a team on one screen: discussion timer, votes and prompts before each decision. */
  team: boolean;
  /** Someone else's result, read in to look at: nothing is saved. */
  viewing: boolean;
  /** In a "wat als" branch: the path it branched from, for the comparison. */
  basis: GameSnapshot | null;
  problem: Problem | null;
  notice: string | null;
  caption: string | null;
  hasSave: boolean;
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
        bundle: null,
        snap: null,
        basis: null,
        team: false,
        viewing: false,
        problem: null,
        notice: null,
        caption: null,
        hasSave: false,
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
