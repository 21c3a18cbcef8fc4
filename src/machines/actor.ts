/**
 * What the game needs of a running trajectory machine, whichever runtime runs it: XState's actor
 * (the browser, saves, replays, tests) or the lean runtime for batch runs (lean-runtime.ts).
 */
import type { AnyStateMachine, StateValue } from 'xstate';

/** One state of the machine as the game and its readers see it: XState's snapshot has all of it. */
export interface MachineView<C> {
  readonly context: C;
  readonly value: StateValue;
  readonly status: 'active' | 'done' | 'error' | 'stopped';
  readonly tags: ReadonlySet<string>;
  hasTag(tag: string): boolean;
  can(event: { type: string }): boolean;
}

/** A started machine: XState's `createActor(machine, { input })` or `leanActor(machine, input)`. */
export interface MachineActor<C, E> {
  start(): void;
  send(event: E): void;
  getSnapshot(): MachineView<C>;
}

/** Makes the actor that plays a game's machine. */
export type ActorFactory = <C, E extends { type: string }>(
  machine: AnyStateMachine,
  input: unknown,
) => MachineActor<C, E>;
