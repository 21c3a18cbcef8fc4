/**
 * Ambidexterity played, not only shown (seed 003 §2): each of the nine factors starts at its
 * profile level and moves with what the player does. A move holds while its condition holds, so a
 * gain that needs a bridge to an existing process fades when the bridge never comes (003:L969-973).
 * Interventions read the factors in their conditions (`ambi.implementatie >= 2.5`), so the profile
 * changes what they achieve. Moves may not read `ambi.` themselves (the content check refuses it).
 */
import { test } from './model';
import type { ScenarioBundle } from './schema';
import type { SimState } from './state';

type Factor = ScenarioBundle['ambidexterity']['factors'][number];

/** The factors' moves that hold in this state. */
export const activeMoves = (b: ScenarioBundle, s: SimState, f: Factor) => f.moves.filter((m) => test(b, s, m.when));

/** A factor's phase now: its start level plus the moves that hold, within the scale 1–5. */
export function ambiLevel(b: ScenarioBundle, s: SimState, id: string): number {
  const f = b.ambidexterity.factors.find((x) => x.id === id);
  if (!f) return 0;
  const level = activeMoves(b, s, f).reduce((sum, m) => sum + m.delta, f.level);
  return Math.min(5, Math.max(1, level));
}

/** Every factor's phase now, by id. */
export const ambiProfile = (b: ScenarioBundle, s: SimState): Record<string, number> =>
  Object.fromEntries(b.ambidexterity.factors.map((f) => [f.id, ambiLevel(b, s, f.id)]));
