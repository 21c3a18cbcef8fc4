/**
 * One game in the browser: starts or resumes it, sends the player's events, autosaves the log
 * after every decision, and keeps the store's view model current (see src/view). A "wat als" branch is a new game
 * replayed up to a chosen decision; it keeps the path it came from for the comparison.
 * Loaded lazily with the scenario.
 */
import bundle from 'virtual:koers-scenario';
import type { AudioService } from '../audio/audio-service';
import { decisionsCsv, explorationCsv, explorationJson, gameJson } from '../game/export';
import { createGame, type Game } from '../game/game';
import { fromResultCode, toResultCode } from '../game/result-code';
import { loadSave, replay, toSave } from '../game/save';
import { cleanTeamName } from '../game/team-name';
import type { Reporter } from '../platform/reporter';
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
   * "Stop nu": shows the tussenstand (the Terugblik so far, with an interim result code), or goes
   * back to playing. The log does not change, so the game stays saved and can go on.
   */
  stop(on: boolean): void;
  /**
   * Text for a download: the decisions (CSV) or the whole game (JSON) of the game handed in — in
   * a "wat als" branch the original — or of the branch itself, labelled as exploration.
   */
  exportText(kind: ExportKind): string;
  /** The written reflection answers (platform only); false when they are too long to keep there. */
  reflect(answers: readonly string[], submit: boolean): boolean;
  /** The game handed in, as a live session's control room hears it, and its result code. */
  live(): LiveReport & { resultCode(): string };
}

/**
 * Opens someone's result (a result code or an exported JSON file) to look at: replayed by the
 * model, never saved over the player's own game; or a Dutch message saying why it cannot.
 */
export async function viewResult(store: AppStore, audio: AudioService, text: string): Promise<Session | string> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const r = loadSave(trimmed, only(await bundleForSave(trimmed)));
    return r.ok ? attach(store, audio, r.game, r.basis, false, false, r.teamName ?? '') : r.message;
  }
  const r = fromResultCode(trimmed, await bundleForCode(trimmed));
  return r.ok ? attach(store, audio, r.game, undefined, false, false, r.team ?? '') : r.message;
}

/** The lengths a new game can be played at (the start screen offers them). */
export const lengths = lengthChoices(bundle);

/**
 * A new game; `length` is one of `lengths` (absent: the full trajectory); `name` the team's, if
 * given. Inside a learning platform, `report` hears of every decision (src/platform).
 */
export function newSession(
  store: AppStore,
  audio: AudioService,
  seed: number,
  team = false,
  length?: string,
  name = '',
  report?: Reporter,
): Session {
  const game = createGame({ bundle, seed: seed >>> 0, ...(length ? { length } : {}) });
  return attach(store, audio, game, undefined, true, team, cleanTeamName(name), report);
}

/** Resumes the game in the save slot chosen (saveStorage.select); on any problem the store shows a Dutch message with a way on. */
export async function resumeSession(store: AppStore, audio: AudioService, report?: Reporter): Promise<Session | null> {
  const text = saveStorage.read();
  const r = loadSave(text, only(await bundleForSave(text)));
  if (!r.ok) {
    store.getState().showProblem({ title: 'Het opgeslagen spel kan niet verder', message: r.message });
    return null;
  }
  return attach(store, audio, r.game, r.basis, true, r.team ?? false, r.teamName ?? '', report, true);
}

/** Resumes the game a learning platform kept (its suspend data holds the result code). */
export async function resumeFromPlatform(
  store: AppStore,
  audio: AudioService,
  report: Reporter,
  team: boolean,
): Promise<Session | null> {
  const code = report.resume?.code ?? '';
  const r = fromResultCode(code, await bundleForCode(code));
  if (!r.ok) {
    store.getState().showProblem({ title: 'Het spel uit de leeromgeving kan niet verder', message: r.message });
    return null;
  }
  return attach(store, audio, r.game, undefined, true, team, r.team ?? '', report, true);
}

const SOUND_FOR: Partial<Record<PlayerEvent['type'], Parameters<AudioService['play']>[0]>> = {
  'dialogue.choose': 'click',
  'dialogue.close': 'page',
  'budget.submit': 'confirm',
  'plan.submit': 'confirm',
  'report.continue': 'page',
  'scan.open': 'page',
};

function attach(
  store: AppStore,
  audio: AudioService,
  game: Game,
  basis?: Game,
  persist = true,
  team = false,
  name = '',
  report?: Reporter,
  resumed = false,
): Session {
  // In a package the platform keeps the game, not this browser; only the game handed in is reported.
  const save = (v: GameView) => {
    if (persist && !report?.keepsGame) autosave(store, toSave(game, basis, team, name), v.status.phase);
    if (persist && !basis) report?.progress(game);
  };
  // The result handed in is the game's own, also while exploring a "wat als" branch.
  const original = basis ?? game;
  if (persist && !basis) report?.started(game, resumed, name);
  noteVersion(store, game.bundle);
  const basisSnap = basis?.snapshot() ?? null;
  /** The last reflection answers were too long for the platform's storage; they were handed in. */
  let tooLong = false;
  let submitted = false;
  // A result read in before its end is shown as the tussenstand it is.
  let stopped = !persist && !game.snapshot().machine.hasTag('debrief');
  const view = () => {
    const snap = game.snapshot();
    return gameView({
      bundle: game.bundle,
      snap,
      seed: game.seed,
      team,
      teamName: name,
      viewing: !persist,
      basis: basisSnap,
      code: snap.machine.hasTag('debrief') || stopped ? toResultCode(original, name) : '',
      interim: stopped,
      ...(report && persist ? { assignment: { answers: report.savedAnswers, tooLong, submitted } } : {}),
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
          ? gameJson(original, name)
          : kind === 'variant-csv'
            ? explorationCsv(game)
            : explorationJson(game, original, name),
    stop(on) {
      stopped = on;
      store.setState({ game: view() });
    },
    live: () => ({
      ...liveReport(original.bundle, original.snapshot()),
      resultCode: () => toResultCode(original, name),
    }),
    branch(step) {
      const original = basis ?? game;
      const fork = replay(game.bundle, game.seed, game.log.slice(0, step));
      return fork ? attach(store, audio, fork, original, persist, team, name, report) : null;
    },
    reflect(answers, submit) {
      const screen = store.getState().game?.screen;
      const kept = report?.reflect(screen?.kind === 'debrief' ? screen.prompts : [], answers, submit) ?? false;
      tooLong = !kept;
      submitted ||= submit && kept;
      store.setState({ game: view() });
      return kept;
    },
  };
}
