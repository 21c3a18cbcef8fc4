/**
 * Lookups by id that cannot go wrong silently: one map per kind of scenario item, built once per
 * bundle (on its first lookup, and kept for as long as the bundle lives; a bundle is immutable),
 * with a get() that throws an error naming the kind and the id instead of handing back undefined.
 * Use find() where a missing id is a normal answer (a condition about something optional).
 */
import type { ScenarioBundle } from './schema';

const LISTS = {
  indicator: (b: ScenarioBundle) => b.scenario.indicators,
  character: (b: ScenarioBundle) => b.scenario.characters,
  source: (b: ScenarioBundle) => b.scan.sources,
  fact: (b: ScenarioBundle) => b.scan.facts,
  problem: (b: ScenarioBundle) => b.scan.problems,
  theme: (b: ScenarioBundle) => b.scan.themes,
  leader: (b: ScenarioBundle) => b.plan.leaders,
  goal: (b: ScenarioBundle) => b.plan.goals,
  coach: (b: ScenarioBundle) => b.plan.coaches,
  style: (b: ScenarioBundle) => b.plan.reporting,
  borging: (b: ScenarioBundle) => b.plan.borging,
  intervention: (b: ScenarioBundle) => b.interventions.interventions,
  event: (b: ScenarioBundle) => b.events.events,
  agendaItem: (b: ScenarioBundle) => b.agenda.items,
  visit: (b: ScenarioBundle) => b.inspection.visits,
  person: (b: ScenarioBundle) => b.people.people,
} as const;

export type ItemKind = keyof typeof LISTS;
export type ItemOf<K extends ItemKind> = ReturnType<(typeof LISTS)[K]>[number];

/** How an unknown id is named in the error. */
const NAMES: Record<ItemKind, string> = {
  indicator: 'indicator',
  character: 'personage',
  source: 'scanbron',
  fact: 'feit',
  problem: 'probleem',
  theme: 'thema',
  leader: 'projectleider',
  goal: 'doel',
  coach: 'coach',
  style: 'rapportagestijl',
  borging: 'borgingsmaatregel',
  intervention: 'maatregel',
  event: 'gebeurtenis',
  agendaItem: 'agendapunt',
  visit: 'inspectiebezoek',
  person: 'persoon',
};

export interface ScenarioIndex {
  /** The item with this id; throws when the scenario has none (a bug or a tampered input). */
  get<K extends ItemKind>(kind: K, id: string): ItemOf<K>;
  /** The item with this id, or undefined. */
  find<K extends ItemKind>(kind: K, id: string): ItemOf<K> | undefined;
}

const built = new WeakMap<ScenarioBundle, ScenarioIndex>();

export function scenarioIndex(b: ScenarioBundle): ScenarioIndex {
  let index = built.get(b);
  if (index) return index;
  const maps = new Map<ItemKind, Map<string, { id: string }>>();
  const map = (kind: ItemKind) => {
    let m = maps.get(kind);
    if (!m) {
      m = new Map(LISTS[kind](b).map((x: { id: string }) => [x.id, x]));
      maps.set(kind, m);
    }
    return m;
  };
  index = {
    find: <K extends ItemKind>(kind: K, id: string) => map(kind).get(id) as ItemOf<K> | undefined,
    get<K extends ItemKind>(kind: K, id: string) {
      const item = map(kind).get(id);
      if (!item) throw new Error(`het scenario "${b.scenario.id}" heeft geen ${NAMES[kind]} "${id}"`);
      return item as ItemOf<K>;
    },
  };
  built.set(b, index);
  return index;
}

/**
 * A value the code relies on being there (a list's first item, a step of the ladder, an optional
 * part of the scenario that a guard already required): returns it, or throws naming what is
 * missing, instead of carrying an undefined onwards as a non-null assertion would.
 */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} ontbreekt`);
  return value;
}
