/**
 * createGame(): the one object the UI, the CLI and the tests talk to. It wires the trajectory
 * machine, the model and the ink conversations, and keeps the event log. The full state is a
 * pure function of (scenario, content version, seed, log): replaying the log rebuilds it.
 */
import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import type { PlayerEvent } from '../machines/events';
import { type Conversation, trajectoryMachine } from '../machines/trajectory';
import { type Line, Narrative } from '../narrative/conversation';
import type { Command } from '../narrative/tags';
import { resolveRef, test } from '../sim/model';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';

export interface Dialogue {
  conversation: Conversation;
  lines: Line[];
  /** Lines added by the last step, so the UI can announce only what is new. */
  fresh: number;
  choices: string[];
  ended: boolean;
  error?: string;
}

export type MachineSnapshot = SnapshotFrom<typeof trajectoryMachine>;

/** What one person the player follows experienced in one quarter. */
export interface VignetteText {
  quarter: number;
  person: string;
  vignette: string;
  text: string;
}

export interface GameSnapshot {
  machine: MachineSnapshot;
  dialogue: Dialogue | null;
  vignettes: readonly VignetteText[];
  /** For each decision in sim.decisions, the index in the log of the event that made it. */
  decisionSteps: readonly number[];
  /** How many events the log holds: changes whenever the game moves. */
  version: number;
}

export interface Game {
  readonly bundle: ScenarioBundle;
  readonly seed: number;
  readonly log: readonly PlayerEvent[];
  /**
   * Applies a player event; false (and nothing logged) when it is not allowed now, or when
   * `version` is given and is not the current one: the control was drawn for an older state.
   */
  send(event: PlayerEvent, opts?: { version?: number }): boolean;
  snapshot(): GameSnapshot;
  /** What each dialogue choice would set in motion, without making it (for scripted players). */
  previewChoices(): readonly (readonly Command[])[];
  subscribe(listener: (s: GameSnapshot) => void): () => void;
}

/** A team's tally: one whole number per option, or nothing when it does not fit. */
function validVotes(votes: number[] | undefined, options: number): number[] | undefined {
  if (!votes || votes.length !== options || !votes.every((v) => Number.isInteger(v) && v >= 0 && v <= 99))
    return undefined;
  return votes.some((v) => v > 0) ? [...votes] : undefined;
}

export function createGame(opts: { bundle: ScenarioBundle; seed: number }): Game {
  const { bundle, seed } = opts;
  const actor: Actor<typeof trajectoryMachine> = createActor(trajectoryMachine, { input: { bundle, seed } });
  // Ink's commands are buffered and sent as one event: before ink reads the state again, and
  // when a step is done. The order of effects and reads stays exactly as written.
  let pending: Command[] = [];
  const flush = () => {
    if (!pending.length) return;
    const commands = pending;
    pending = [];
    actor.send({ type: 'ink.commands', commands });
  };
  const sim = () => {
    flush();
    return actor.getSnapshot().context.sim;
  };
  const narrative = new Narrative(
    bundle.stories,
    { get: (p) => resolveRef(bundle, sim(), p), test: (e) => test(bundle, sim(), e) },
    (command) => pending.push(command),
    seed >>> 0,
  );
  const log: PlayerEvent[] = [];
  const listeners = new Set<(s: GameSnapshot) => void>();
  let dialogue: Dialogue | null = null;
  let seenSeq = 0;
  let outcome: string | undefined;
  // Vignette texts are pure narration: they are written when something asks for them (the UI),
  // each from the state its quarter ended in, in quarter order — never by headless runs.
  let vignettes: readonly VignetteText[] = [];
  const quarterEnds: SimState[] = [];
  let written = 0;
  let readingState: SimState | null = null;
  const people = new Narrative(
    bundle.stories,
    { get: (p) => resolveRef(bundle, readingState!, p), test: (e) => test(bundle, readingState!, e) },
    () => {},
    seed >>> 0,
  );
  const noteQuarterEnd = () => {
    const s = actor.getSnapshot().context.sim;
    const last = quarterEnds[quarterEnds.length - 1];
    if (s.vignettes[s.quarter] && last?.quarter !== s.quarter) quarterEnds.push(s);
  };
  const writeVignettes = (): readonly VignetteText[] => {
    for (; written < quarterEnds.length; written++) {
      const s = quarterEnds[written]!;
      readingState = s;
      for (const [person, vignette] of Object.entries(s.vignettes[s.quarter] ?? {})) {
        const def = bundle.people.people.find((p) => p.id === person);
        const knot = def?.vignettes.find((v) => v.id === vignette)?.knot;
        if (def && knot)
          vignettes = [...vignettes, { quarter: s.quarter, person, vignette, text: people.read(def.story, knot) }];
      }
    }
    return vignettes;
  };
  let decisionSteps: readonly number[] = [];

  /** Starts the conversation the machine asks for, if it is a new one. */
  const sync = () => {
    const conv = actor.getSnapshot().context.conversation;
    if (!conv || conv.seq === seenSeq) return;
    seenSeq = conv.seq;
    const step = narrative.start(conv.story, conv.knot);
    flush();
    dialogue = {
      conversation: conv,
      lines: step.lines,
      fresh: step.lines.length,
      choices: step.choices,
      ended: step.ended,
    };
    if (step.error) dialogue.error = step.error;
    if (step.outcome) outcome = step.outcome;
  };

  const accept = (event: PlayerEvent): boolean => {
    if (event.type === 'dialogue.choose') {
      if (!dialogue || dialogue.ended || !Number.isInteger(event.index)) return false;
      const text = dialogue.choices[event.index];
      if (text === undefined) return false;
      actor.send({
        type: 'ink.choice',
        text,
        options: dialogue.choices,
        index: event.index,
        ...(event.votes ? { votes: event.votes } : {}),
      });
      const step = narrative.choose(event.index);
      flush();
      if (!step) return false;
      if (step.outcome) outcome = step.outcome;
      dialogue = {
        ...dialogue,
        lines: [...dialogue.lines, { text, speaker: 'speler' }, ...step.lines],
        fresh: step.lines.length + 1,
        choices: step.choices,
        ended: step.ended,
      };
      if (step.error) dialogue.error = step.error;
      return true;
    }
    if (event.type === 'dialogue.close') {
      if (!dialogue?.ended) return false;
      const done: { type: 'conversation.done'; outcome?: string } = { type: 'conversation.done' };
      if (outcome) done.outcome = outcome;
      dialogue = null;
      outcome = undefined;
      actor.send(done);
      sync();
      return true;
    }
    if (dialogue) return false;
    // XState keeps the very same snapshot when no transition takes the event: then it was refused.
    const before = actor.getSnapshot();
    actor.send(event);
    if (actor.getSnapshot() === before) return false;
    noteQuarterEnd();
    sync();
    return true;
  };

  actor.start();
  sync();

  const snapshot = (): GameSnapshot => ({
    machine: actor.getSnapshot(),
    dialogue,
    get vignettes() {
      return writeVignettes();
    },
    decisionSteps,
    version: log.length,
  });
  return {
    bundle,
    seed,
    log,
    send(input, opts) {
      if (opts?.version !== undefined && opts.version !== log.length) return false;
      // The log keeps only votes that fit, so every logged game can be saved and replayed.
      let event = input;
      if (event.type === 'dialogue.choose' && event.votes) {
        const votes = validVotes(event.votes, dialogue?.choices.length ?? 0);
        event = votes ? { ...event, votes } : { type: 'dialogue.choose', index: event.index };
      }
      if (!accept(event)) return false;
      const made = sim().decisions.length - decisionSteps.length;
      if (made > 0) decisionSteps = [...decisionSteps, ...Array<number>(made).fill(log.length)];
      log.push(event);
      const s = snapshot();
      for (const l of listeners) l(s);
      return true;
    },
    snapshot,
    previewChoices: () => (dialogue && !dialogue.ended ? narrative.preview() : []),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
