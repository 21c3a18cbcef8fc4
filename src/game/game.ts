/**
 * createGame(): the one object the UI, the CLI and the tests talk to. It wires the trajectory
 * machine, the model and the ink conversations, and keeps the event log. The full state is a
 * pure function of (scenario, content version, seed, log): replaying the log rebuilds it.
 */
import { createActor } from 'xstate';
import type { ActorFactory, MachineActor, MachineView } from '../machines/actor';
import type { InkAnswer, MachineEvent, PlayerEvent } from '../machines/events';
import { type Conversation, inkCause, type TrajectoryContext, trajectoryMachine } from '../machines/trajectory';
import { type Line, Narrative, type Step } from '../narrative/conversation';
import { type Command, changesGame } from '../narrative/tags';
import { answerIsDecision, applyCommands } from '../sim/decisions';
import { atLength } from '../sim/lengths';
import { test as holds, resolveRef } from '../sim/model';
import { chooseVignettes } from '../sim/people';
import { scenarioIndex } from '../sim/scenario-index';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { epilogue } from './epilogue';

export interface Dialogue {
  conversation: Conversation;
  lines: Line[];
  /** Lines added by the last step, so the UI can announce only what is new. */
  fresh: number;
  choices: string[];
  ended: boolean;
  error?: string;
}

/** What the game shows of the machine: the same whichever runtime plays it. */
export type MachineSnapshot = MachineView<TrajectoryContext>;

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
  /** The same as Game.vignettes(), written on first read (it runs ink); prefer the method. */
  readonly vignettes: readonly VignetteText[];
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
  /**
   * The vignette texts of the quarters played so far. Writing them runs ink, so it happens only
   * when asked for (the UI), never in headless play; later calls only add new quarters.
   */
  vignettes(): readonly VignetteText[];
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

/**
 * A new game on `bundle` at length `length` (an id from the scenario's `lengths`; absent: as the
 * bundle is, which for a scenario's own bundle is the full trajectory). `game.bundle` is the bundle
 * at that length (sim/lengths.ts). An unknown length throws: callers check ids from outside first.
 * `actor` makes what runs the machine: XState's actor unless a batch run passes the lean runtime
 * (machines/lean-runtime.ts), which plays the same machine move for move.
 */
export function createGame(opts: {
  bundle: ScenarioBundle;
  seed: number;
  length?: string;
  actor?: ActorFactory;
}): Game {
  const { seed } = opts;
  const bundle = atLength(opts.bundle, opts.length);
  if (!bundle) throw new RangeError(`onbekende lengte: ${opts.length}`);
  const input = { bundle, seed };
  const actor: MachineActor<TrajectoryContext, MachineEvent> = opts.actor
    ? opts.actor(trajectoryMachine, input)
    : createActor(trajectoryMachine, { input });

  // The ink protocol. While a conversation step runs, ink's commands are collected; when ink
  // reads the state, it reads the machine's state with the commands so far applied (the same
  // pure function the machine uses, and applying in batches equals applying at once). When the
  // step is done the answer and all its commands go to the machine as one event.
  let pending: Command[] = [];
  let applied = 0;
  let reading: SimState | null = null;
  const inkState = (): SimState => {
    const ctx = actor.getSnapshot().context;
    if (applied < pending.length) {
      reading = applyCommands(bundle, reading ?? ctx.sim, pending.slice(applied), inkCause(ctx.conversation));
      applied = pending.length;
    }
    return reading ?? ctx.sim;
  };
  const endStep = (answer?: InkAnswer) => {
    // A step whose tags change nothing (only sources), answered in a conversation whose answers are
    // no decisions, would leave the state as it is: the machine need not hear of it.
    const counts = answer && answerIsDecision(actor.getSnapshot().context.conversation?.purpose ?? '');
    if (counts || pending.some(changesGame))
      actor.send({ type: 'ink.step', commands: pending, ...(answer ? { answer } : {}) });
    pending = [];
    applied = 0;
    reading = null;
  };
  const narrative = new Narrative(
    bundle.stories,
    { get: (p) => resolveRef(bundle, inkState(), p), test: (e) => holds(bundle, inkState(), e) },
    (command) => pending.push(command),
    seed >>> 0,
  );
  const log: PlayerEvent[] = [];
  const listeners = new Set<(s: GameSnapshot) => void>();
  let dialogue: Dialogue | null = null;
  let seenSeq = 0;
  let outcome: string | undefined;
  let decisionSteps: readonly number[] = [];

  // The people's vignettes are pure narration, chosen and written only when asked for (by the UI,
  // never by headless runs), each from the state its quarter ended in, in quarter order.
  let vignettes: readonly VignetteText[] = [];
  const quarterEnds: SimState[] = [];
  const chosen: Record<string, string>[] = [];
  let told: SimState | null = null;
  const people = new Narrative(
    bundle.stories,
    {
      get: (p) => (told ? resolveRef(bundle, told, p) : 0),
      test: (e) => (told ? holds(bundle, told, e) : false),
    },
    () => {},
    seed >>> 0,
  );
  const noteQuarterEnd = () => {
    const s = actor.getSnapshot().context.sim;
    if (s.closed && quarterEnds[quarterEnds.length - 1]?.quarter !== s.quarter) quarterEnds.push(s);
  };
  const writeVignettes = (): readonly VignetteText[] => {
    for (let q = chosen.length; q < quarterEnds.length; q++) {
      const s = quarterEnds[q] as SimState;
      const now = chooseVignettes(bundle, s, chosen);
      chosen.push(now);
      told = s;
      for (const [person, vignette] of Object.entries(now)) {
        const def = scenarioIndex(bundle).find('person', person);
        const knot = def?.vignettes.find((v) => v.id === vignette)?.knot;
        if (def && knot)
          vignettes = [...vignettes, { quarter: s.quarter, person, vignette, text: people.read(def.story, knot) }];
      }
    }
    return vignettes;
  };

  /** Shows a step of a conversation: its first, or the next after the player's answer. */
  const show = (step: Step, conversation: Conversation, after?: { lines: Line[]; answer: string }) => {
    if (step.outcome) outcome = step.outcome;
    const answered: Line[] = after ? [...after.lines, { text: after.answer, speaker: 'speler' }] : [];
    dialogue = {
      conversation,
      lines: [...answered, ...step.lines],
      fresh: step.lines.length + (after ? 1 : 0),
      choices: step.choices,
      ended: step.ended,
    };
    if (step.error) dialogue.error = step.error;
  };

  /** Starts the conversation the machine asks for, if it is a new one. */
  const sync = () => {
    const { conversation: conv, sim } = actor.getSnapshot().context;
    if (!conv || conv.seq === seenSeq) return;
    seenSeq = conv.seq;
    if (conv.purpose === 'epilogue') {
      dialogue = epilogue(bundle, seed, conv, sim);
      return;
    }
    const step = narrative.start(conv.story, conv.knot);
    endStep();
    show(step, conv);
  };

  const accept = (event: PlayerEvent): boolean => {
    if (event.type === 'dialogue.choose') {
      if (!dialogue || dialogue.ended || !Number.isInteger(event.index)) return false;
      const text = dialogue.choices[event.index];
      if (text === undefined) return false;
      const step = narrative.choose(event.index);
      if (!step) return false;
      endStep({ text, options: dialogue.choices, index: event.index, ...(event.votes ? { votes: event.votes } : {}) });
      show(step, dialogue.conversation, { lines: dialogue.lines, answer: text });
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
    if (dialogue || !actor.getSnapshot().can(event)) return false;
    actor.send(event);
    noteQuarterEnd();
    sync();
    return true;
  };
  /** At the debrief no conversation can follow: the game's stories go back for the next game. */
  const finish = () => {
    if (actor.getSnapshot().status === 'done') narrative.release();
  };

  actor.start();
  sync();

  // One snapshot object per state of the game: scripted players ask for it many times per move.
  let last: GameSnapshot | null = null;
  const snapshot = (): GameSnapshot => {
    const machine = actor.getSnapshot();
    if (last?.machine === machine && last.dialogue === dialogue && last.version === log.length) return last;
    last = {
      machine,
      dialogue,
      get vignettes() {
        return writeVignettes();
      },
      decisionSteps,
      version: log.length,
    };
    return last;
  };
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
      if ('support' in event && event.support) {
        const [yes, no] = event.support;
        const fits = [yes, no].every((v) => Number.isInteger(v) && v >= 0 && v <= 99) && yes + no > 0;
        if (!fits) {
          const { support: _, ...rest } = event;
          event = rest;
        }
      }
      if (!accept(event)) return false;
      finish();
      const made = actor.getSnapshot().context.sim.decisions.length - decisionSteps.length;
      if (made > 0) decisionSteps = [...decisionSteps, ...Array<number>(made).fill(log.length)];
      log.push(event);
      if (listeners.size) {
        const s = snapshot();
        for (const l of listeners) l(s);
      }
      return true;
    },
    snapshot,
    vignettes: writeVignettes,
    previewChoices: () => (dialogue && !dialogue.ended ? narrative.preview() : []),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
