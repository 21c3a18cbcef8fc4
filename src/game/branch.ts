/**
 * Where a "Wat als?" path leaves the original: the first decision that differs, or the one the
 * path is waiting at. Named by the decision itself (its question and both answers), so the
 * player sees which choice the two paths differ in.
 */
import type { Decision } from '../sim/state';

export interface BranchPoint {
  quarter: number;
  /** The decision: a conversation's title or a screen's label. */
  label: string;
  /** The original path's answer. */
  was: string;
  /** This path's answer, once given. */
  now: string | null;
  /** This path's own decision when it is another one (a different purchase, another conversation). */
  other: string | null;
}

const same = (a: Decision, b: Decision) =>
  a.quarter === b.quarter && a.phase === b.phase && a.label === b.label && a.detail === b.detail;

export function branchPoint(original: readonly Decision[], path: readonly Decision[]): BranchPoint | null {
  let i = 0;
  for (; i < original.length && i < path.length; i++) {
    const [a, b] = [original[i], path[i]];
    if (!a || !b || !same(a, b)) break;
  }
  const was = original[i];
  if (!was) return null;
  const mine = path[i];
  return {
    quarter: was.quarter,
    label: was.label,
    was: was.detail,
    now: mine && mine.label === was.label ? mine.detail : null,
    other: mine && mine.label !== was.label ? mine.label : null,
  };
}

/** The branch point in words, for the banner and the comparison. */
export function branchText(p: BranchPoint): string {
  const when = p.quarter ? `kwartaal ${p.quarter}` : 'voor het eerste kwartaal';
  if (p.other !== null)
    return `Het pad splitst ${p.quarter ? 'in ' : ''}${when}: oorspronkelijk „${p.label}”, in dit pad „${p.other}”.`;
  const at = `„${p.label}” (${when})`;
  return p.now === null
    ? `Het pad splitst bij ${at}; het oorspronkelijke antwoord was „${p.was}”.`
    : `Het pad splitst bij ${at}: oorspronkelijk „${p.was}”, in dit pad „${p.now}”.`;
}
