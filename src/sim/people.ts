/**
 * The people the player follows. Each quarter, per person, the highest-priority vignette whose
 * condition holds in the state the quarter ended in and that this person has not shown before: a
 * vignette never repeats word for word (docs/content-format.md, "Continuity"). A person with
 * nothing new to show is left out of that quarter. The choice is narration: nothing in the model
 * reads it, so it is made where the texts are written (game.ts), never in headless play.
 */
import { test } from './model';
import type { ScenarioBundle } from './schema';
import type { SimState } from './state';

type Vignette = ScenarioBundle['people']['people'][number]['vignettes'][number];

/** Each person's vignettes by priority, highest first (the list's order among equals): sorted once per bundle. */
const ranked = new WeakMap<ScenarioBundle, readonly (readonly Vignette[])[]>();
function byPriority(b: ScenarioBundle): readonly (readonly Vignette[])[] {
  let lists = ranked.get(b);
  if (!lists) {
    lists = b.people.people.map((p) => [...p.vignettes].sort((x, y) => y.priority - x.priority));
    ranked.set(b, lists);
  }
  return lists;
}

/** The vignettes for the quarter that ended in `s`, given those chosen for earlier quarters. */
export function chooseVignettes(
  b: ScenarioBundle,
  s: SimState,
  earlier: readonly Readonly<Record<string, string>>[],
): Record<string, string> {
  const lists = byPriority(b);
  const out: Record<string, string> = {};
  b.people.people.forEach((person, i) => {
    const shown = new Set(earlier.map((q) => q[person.id]));
    // The first that holds is the highest priority that holds: the rest need not be asked.
    const best = lists[i]?.find((v) => !shown.has(v.id) && (!v.when || test(b, s, v.when)));
    if (best) out[person.id] = best.id;
  });
  return out;
}
