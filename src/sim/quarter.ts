/**
 * A quarter's bookends as pure functions: its start (the quarter's budget and the events drawn
 * for it) and its end (the board's review and the model's tick).
 */
import { reviewBoard } from './board';
import { applyEffects, tick } from './model';
import { drawEvents, epilogueValues } from './rules';
import type { ScenarioBundle } from './schema';
import type { SimState } from './state';

/** A new quarter: its change budget arrives and its events are drawn (in the order they will come). */
export function startQuarter(b: ScenarioBundle, sim: SimState): { sim: SimState; events: string[] } {
  let s: SimState = { ...sim, quarter: sim.quarter + 1, closed: false };
  s = applyEffects(
    b,
    s,
    [{ target: 'budget', delta: b.scenario.changeBudget.perQuarter, lag: 0, ramp: 1 }],
    'kwartaalbudget',
  );
  return { sim: s, events: drawEvents(b, s) };
}

/** An event comes up: it counts as seen from this quarter on. */
export const markSeen = (sim: SimState, eventId: string): SimState => ({
  ...sim,
  seen: { ...sim.seen, [eventId]: sim.quarter },
});

/** The quarter's end: the board reads the quarter as it stands, before its close (its verdict shows in this report); then the model ticks. */
export const endQuarter = (b: ScenarioBundle, sim: SimState): SimState => tick(b, reviewBoard(b, sim));

/** A year later: the values the epilogue tells about. */
export const closeTrajectory = (b: ScenarioBundle, sim: SimState): SimState => ({
  ...sim,
  epilogue: epilogueValues(b, sim),
});
