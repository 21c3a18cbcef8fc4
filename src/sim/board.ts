/**
 * The supervisory board (board.yaml): each quarter it reads the state and its confidence in the
 * bestuurder moves; when its dismissal rule holds, the trajectory ends early. Pure functions.
 */
import { applyEffects, test } from './model';
import { epilogueValues } from './rules';
import type { ScenarioBundle } from './schema';
import type { SimState } from './state';

/** The quarterly review: every rule that holds in the state as it stands moves the confidence. */
export function reviewBoard(b: ScenarioBundle, s: SimState): SimState {
  const { indicator, reviews } = b.board;
  if (!indicator) return s;
  let next = s;
  for (const r of reviews)
    if (test(b, s, r.when))
      next = applyEffects(b, next, [{ target: indicator, delta: r.delta, lag: 0, ramp: 1 }], `rvt:${r.id}`);
  return next;
}

/** Does the board end the trajectory now? */
export function boardDismisses(b: ScenarioBundle, s: SimState): boolean {
  const d = b.board.dismissal;
  return !!d && test(b, s, d.when);
}

/** The dismissal as a decision in the record, and the year after it (nothing was secured). */
export function dismiss(b: ScenarioBundle, s: SimState): SimState {
  return {
    ...s,
    epilogue: epilogueValues(b, s),
    decisions: [
      ...s.decisions,
      { quarter: s.quarter, phase: 'rvt', ...(b.board.dismissal?.decision ?? { label: b.board.name, detail: '' }) },
    ],
  };
}
