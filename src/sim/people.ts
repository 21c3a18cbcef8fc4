/**
 * The people the player follows. Each quarter, per person, the model picks the highest-priority
 * vignette whose condition holds in the state the quarter ended in and that this person has not
 * shown before: a vignette never repeats word for word (docs/content-format.md, "Continuity").
 * A person with nothing new to show is left out of that quarter.
 */
import { test } from './model';
import type { ScenarioBundle } from './schema';
import type { SimState } from './state';

export function chooseVignettes(b: ScenarioBundle, s: SimState): Record<string, string> {
  const quarters = Object.values(s.vignettes);
  const out: Record<string, string> = {};
  for (const person of b.people.people) {
    const shown = new Set(quarters.map((q) => q[person.id]));
    let best: { id: string; priority: number } | null = null;
    for (const v of person.vignettes) {
      if (shown.has(v.id)) continue;
      if (v.when && !test(b, s, v.when)) continue;
      if (!best || v.priority > best.priority) best = { id: v.id, priority: v.priority };
    }
    if (best) out[person.id] = best.id;
  }
  return out;
}
