/**
 * A game's length: the same scenario and model over fewer quarters. A game plays on the bundle
 * "at its length": the scenario's bundle with `scenario.quarters` set to the length's quarters
 * (and its agenda slots and scan hours, when the length sets its own), so everything that reads
 * them (the model's pro-rata goals, the report, the debrief, the facilitator's curves, the agenda,
 * the scan) follows the chosen length without knowing about lengths.
 * The fingerprint stays the scenario's: the length travels beside it in saves and codes.
 */
import type { LengthData, ScenarioBundle } from './schema';

/** Bundles at a length, per scenario bundle, so each is built once (and keeps its index cache). */
const atLengths = new WeakMap<ScenarioBundle, Map<string, ScenarioBundle>>();
const roots = new WeakMap<ScenarioBundle, ScenarioBundle>();

/**
 * The scenario's lengths, the full one first. Archived versions from before lengths have only the
 * full trajectory, split in two equal periods as it always was.
 */
export function lengthsOf(b: ScenarioBundle): readonly [LengthData, ...LengthData[]] {
  const s = b.scenario;
  const [full, ...rest] = s.lengths ?? [];
  if (full) return [full, ...rest];
  const q = s.quarters;
  return [{ id: 'volledig', label: 'Volledig traject', blurb: 'Het hele traject.', periods: [q - (q >> 1), q >> 1] }];
}

/** The length a bundle is played at. */
export const lengthOf = (b: ScenarioBundle): LengthData => {
  const all = lengthsOf(b);
  return all.find((l) => l.id === b.length) ?? all[0];
};

/** The quarters after which action period 1 and period 2 end (the interim evaluation, borging). */
export function periodEnds(b: ScenarioBundle): [number, number] {
  const [one, two] = lengthOf(b).periods;
  return [one, one + two];
}

/**
 * The bundle played at length `id` (undefined: as it is); undefined for a length the scenario does
 * not have. The full length is the scenario's own bundle, so full games are exactly as before lengths.
 */
export function atLength(b: ScenarioBundle, id?: string): ScenarioBundle | undefined {
  if (id === undefined) return b;
  const all = lengthsOf(b);
  const length = all.find((l) => l.id === id);
  if (!length) return undefined;
  const root = roots.get(b) ?? (b.length === undefined ? b : undefined);
  if (length === all[0] && root) return root;
  const base = root ?? b;
  const made = atLengths.get(base) ?? new Map<string, ScenarioBundle>();
  atLengths.set(base, made);
  let out = made.get(id);
  if (!out) {
    const { length: _, ...rest } = base;
    const quarters = length.periods[0] + length.periods[1];
    const agendaSlots = length.agendaSlots ?? base.scenario.agendaSlots;
    out = {
      ...rest,
      scenario: { ...base.scenario, quarters, agendaSlots },
      scan: { ...base.scan, hours: length.scanHours ?? base.scan.hours },
      ...(length === all[0] ? {} : { length: id }),
    };
    roots.set(out, base);
    made.set(id, out);
  }
  return out;
}
