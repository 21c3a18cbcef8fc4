/**
 * One game in the browser: starts or resumes it, sends the player's events, autosaves the log
 * after every decision, and keeps the store's view model current (see src/view). A "wat als" branch is a new game
 * replayed up to a chosen decision; it keeps the path it came from for the comparison.
 * Loaded lazily with the scenario.
 */
import bundle from 'virtual:koers-scenario/het-baken';
import type { AudioService } from '../audio/audio-service';
import { decisionsCsv, explorationCsv, explorationJson, gameJson } from '../game/export';
import { createGame, type Game } from '../game/game';
import { fromResultCode, toResultCode } from '../game/result-code';
import { loadSave, replay, toSave } from '../game/save';
import { autosave } from '../state/autosave';
import { saveStorage } from '../state/save-storage';
import type { AppStore } from '../state/store';
import { bundleForCode, bundleForSave, noteVersion } from '../state/versions';
import type { GameView, PlayerEvent, ScenarioBundle } from '../view';
import { gameView } from '../view/game-view';
import { lengthChoices } from '../view/lengths';
import { type LiveReport, liveReport } from '../view/live-progress';
import type { ExportKind } from './screens/common';

/** The save's or code's own scenario version (state/versions.ts), under its id. */
const only = (b: ScenarioBundle) => (id: string) => (id === b.scenario.id ? b : undefined);

export interface Session {
  /**
   * Sends a player's event from a control drawn for game version `version`; refused (false) when
   * the game has moved on since, or when the event is not allowed now.
   */
  send(event: PlayerEvent, version: number): boolean;
  /** Starts a "wat als" branch just before the log step that made a decision. */
  branch(step: number): Session | null;
  /**
   * Text for a download: the decisions (CSV) or the whole game (JSON) of the game handed in — in
   * a "wat als" branch the original — or of the branch itself, labelled as exploration.
   */
  exportText(kind: ExportKind): string;
  /** The game handed in, as a live session's control room hears it, and its result code. */
  live(): LiveReport & { resultCode(): string };
}

/**
 * Opens someone's result (a result code or an exported JSON file) to look at: replayed by the
 * model, never saved over the player's own game; or a Dutch message saying why it cannot.
 */
export async function viewResult(store: AppStore, audio: AudioService, text: string): Promise<Session | string> {
  const trimmed = text.trim();
  const r = trimmed.startsWith('{')
    ? loadSave(trimmed, only(await bundleForSave(trimmed)))
    : fromResultCode(trimmed, await bundleForCode(trimmed));
  return r.ok ? attach(store, audio, r.game, (r as { basis?: Game }).basis, false) : r.message;
}

/** The lengths a new game can be played at (the start screen offers them). */
export const lengths = lengthChoices(bundle);

/** A new game; `length` is one of `lengths` (absent: the full trajectory). */
export function newSession(store: AppStore, audio: AudioService, seed: number, team = false, length?: string): Session {
  const game = createGame({ bundle, seed: seed >>> 0, ...(length ? { length } : {}) });
  return attach(store, audio, game, undefined, true, team);
}

/** Resumes the game in the save slot chosen (saveStorage.select); on any problem the store shows a Dutch message with a way on. */
export async function resumeSession(store: AppStore, audio: AudioService): Promise<Session | null> {
  const text = saveStorage.read();
  const r = loadSave(text, only(await bundleForSave(text)));
  if (!r.ok) {
    store.getState().showProblem({ title: 'Het opgeslagen spel kan niet verder', message: r.message });
    return null;
  }
  return attach(store, audio, r.game, r.basis, true, r.team ?? false);
}

const SOUND_FOR: Partial<Record<PlayerEvent['type'], Parameters<AudioService['play']>[0]>> = {
  'dialogue.choose': 'click',
  'dialogue.close': 'page',
  'budget.submit': 'confirm',
  'plan.submit': 'confirm',
  'report.continue': 'page',
  'scan.open': 'page',
};

function attach(store: AppStore, audio: AudioService, game: Game, basis?: Game, persist = true, team = false): Session {
  const save = (v: GameView) => persist && autosave(store, toSave(game, basis, team), v.status.phase);
  // The result handed in is the game's own, also while exploring a "wat als" branch.
  const original = basis ?? game;
  noteVersion(store, game.bundle);
  const basisSnap = basis?.snapshot() ?? null;
  const view = () => {
    const snap = game.snapshot();
    return gameView({
      bundle: game.bundle,
      snap,
      seed: game.seed,
      team,
      viewing: !persist,
      basis: basisSnap,
      code: snap.machine.hasTag('debrief') ? toResultCode(original) : '',
    });
  };
  const first = view();
  save(first);
  store.setState({ route: 'game', game: first, problem: null });
  return {
    send(event, version) {
      const before = game.snapshot();
      if (!game.send(event, { version })) return false;
      const next = view();
      save(next);
      const snap = game.snapshot();
      store.setState({ game: next });
      const sound = SOUND_FOR[event.type];
      if (sound) audio.play(sound);
      const conv = snap.machine.context.conversation;
      if (conv && conv.seq !== before.machine.context.conversation?.seq)
        audio.play(conv.purpose === 'visit' ? 'knock' : conv.purpose === 'event' ? 'event' : 'page');
      return true;
    },
    exportText: (kind) =>
      kind === 'csv'
        ? decisionsCsv(original)
        : kind === 'json'
          ? gameJson(original)
          : kind === 'variant-csv'
            ? explorationCsv(game)
            : explorationJson(game, original),
    live: () => ({ ...liveReport(original.bundle, original.snapshot()), resultCode: () => toResultCode(original) }),
    branch(step) {
      const original = basis ?? game;
      const fork = replay(game.bundle, game.seed, game.log.slice(0, step));
      return fork ? attach(store, audio, fork, original, persist, team) : null;
    },
  };
}
