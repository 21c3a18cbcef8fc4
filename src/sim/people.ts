/**
 * The people the player follows. Each quarter, per person, the model picks the highest-priority
 * vignette whose condition holds in the state the quarter ended in; a one-off moment shows once.
 */
import { test } from './model';
import type { ScenarioBundle } from './schema';
import type { SimState } from './state';

export function chooseVignettes(b: ScenarioBundle, s: SimState): Record<string, string> {
  const shown = new Set(Object.values(s.vignettes).flatMap((q) => Object.entries(q).map(([p, v]) => `${p}.${v}`)));
  const out: Record<string, string> = {};
  for (const person of b.people.people) {
    let best: { id: string; priority: number } | null = null;
    for (const v of person.vignettes) {
      if (v.once && shown.has(`${person.id}.${v.id}`)) continue;
      if (v.when && !test(b, s, v.when)) continue;
      if (!best || v.priority > best.priority) best = { id: v.id, priority: v.priority };
    }
    if (best) out[person.id] = best.id;
  }
  return out;
}
