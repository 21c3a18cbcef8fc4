/** Turns ledger causes into words, and sums what moved an indicator in a quarter. */
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';

/** A conversation's cause without the decision it belongs to (`ink:ans.gesprek#12` → `ink:ans.gesprek`). */
export const baseCause = (cause: string) => cause.replace(/#\d+$/, '');

export function causeLabel(b: ScenarioBundle, cause: string): string {
  const [kind, id = ''] = baseCause(cause).split(/:(.*)/s);
  const title = <T extends { id: string; title: string }>(list: readonly T[]) => list.find((x) => x.id === id)?.title;
  switch (kind) {
    case 'iv':
      return title(b.interventions.interventions) ?? id;
    case 'dyn':
      return b.scenario.dynamics.find((d) => d.id === id)?.reason ?? id;
    case 'coach':
      return `Coach: ${title(b.plan.coaches) ?? id}`;
    case 'style':
      return `Rapportage: ${title(b.plan.reporting) ?? id}`;
    case 'leader':
      return `Projectleider: ${title(b.plan.leaders) ?? id}`;
    case 'borging':
      return `Borging: ${title(b.plan.borging) ?? id}`;
    case 'intake':
      return b.plan.commitment[id as 'sign' | 'refuse']?.title ?? 'Intake';
    case 'visit':
      return `Inspectie: ${title(b.inspection.visits) ?? id}`;
    case 'interim':
      return 'Bijstelling bij de tussenevaluatie';
    case 'rvt':
      return `${b.board.name}: ${b.board.reviews.find((r) => r.id === id)?.reason ?? id}`;
    case 'ink': {
      const [story, knot] = id.split('.');
      const hit = [...b.agenda.items, ...b.events.events, ...b.scan.sources, ...b.inspection.visits].find(
        (x) => x.story === story && x.knot === knot,
      );
      if (hit) return hit.title;
      if (story === b.plan.approval.story) return `Gesprek met de ${b.board.name}`;
      if (story === b.plan.interim.story) return 'Tussenevaluatie';
      return 'Gesprek';
    }
    default:
      return cause === 'kwartaalbudget' ? 'Nieuw kwartaalbudget' : cause;
  }
}

export interface Contribution {
  cause: string;
  label: string;
  delta: number;
}

/**
 * What moved a target in one quarter, largest first; the deltas add up to history[q] − history[q−1].
 * Quarter 1 also carries what happened before it (intake, scan, plan).
 */
export function contributions(b: ScenarioBundle, s: SimState, quarter: number, target: string): Contribution[] {
  const sums = new Map<string, number>();
  for (const e of s.ledger)
    if ((e.quarter === quarter || (quarter === 1 && e.quarter === 0)) && e.target === target)
      sums.set(e.cause, (sums.get(e.cause) ?? 0) + e.delta);
  return [...sums]
    .filter(([, d]) => Math.abs(d) > 1e-9)
    .map(([cause, delta]) => ({ cause, label: causeLabel(b, cause), delta }))
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
}

/** A value as the report prints it: rounded to the indicator's decimals (half away from zero, as nl() does). */
const asShown = (v: number, decimals: number) => Number(v.toFixed(decimals));

/** The change between two values as displayed, so that 0,6 → 0,8 reads +0,2 whatever the digits behind. */
export function shownChange(from: number, to: number, decimals: number): number {
  return asShown(asShown(to, decimals) - asShown(from, decimals), decimals);
}

/**
 * The main cause of a change: the largest contribution that points the way the indicator moved
 * (a rise is not explained by what pushed it down). None when nothing moved.
 */
export function mainCause(list: readonly Contribution[]): Contribution | undefined {
  const total = list.reduce((sum, c) => sum + c.delta, 0);
  if (Math.abs(total) < 1e-9) return undefined;
  return list.find((c) => Math.sign(c.delta) === Math.sign(total));
}
