/**
 * The facilitator's comparison, without any DOM: the teams' games side by side — their value
 * triads, goals, inspections, key indicators, which reflection questions fit the group. Every
 * result is recomputed by the model from the teams' event logs. Reading the codes is in
 * compare-input.ts, the CSV in compare-csv.ts, where the paths split in facilitator-timeline.ts.
 */
import { choosePrompts } from '../game/debrief';
import type { Game } from '../game/game';
import { evaluateGoals, type GoalResult, triad } from '../sim/rules';
import type { IndicatorDef, ScenarioBundle } from '../sim/schema';
import type { Decision, SimState } from '../sim/state';

export type Triad = ReturnType<typeof triad>;
export const TRIAD_KEYS = ['client', 'medewerker', 'organisatie'] as const;
export const TRIAD_LABELS: Record<keyof Triad, string> = {
  client: 'Cliëntwaarde',
  medewerker: 'Medewerkerswaarde',
  organisatie: 'Organisatiewaarde',
};

export interface InspectionRow {
  title: string;
  quarter: number;
  level: number;
  label: string;
}

export interface TeamResult {
  name: string;
  seed: number;
  finished: boolean;
  sim: SimState;
  triad: { start: Triad; end: Triad; later: Triad | null };
  goals: GoalResult[];
  reached: number;
  inspections: InspectionRow[];
  worst: InspectionRow | null;
  /** Indicator values at the start and at the end of each quarter. */
  history: Record<string, number>[];
  /** Indicator values a year after the trajectory, when the game got that far. */
  later: Record<string, number> | null;
}

export const ladderLabel = (b: ScenarioBundle, level: number) =>
  b.scenario.ladder.find((l) => l.level === level)?.label ?? `niveau ${level}`;

export function teamResult(name: string, game: Game): TeamResult {
  const b = game.bundle;
  const snap = game.snapshot().machine;
  const sim = snap.context.sim;
  const goals = evaluateGoals(b, sim);
  const inspections = sim.inspections.map((r) => ({
    title: b.inspection.visits.find((v) => v.id === r.visit)?.title ?? r.visit,
    quarter: r.quarter,
    level: r.level,
    label: ladderLabel(b, r.level),
  }));
  const worst = inspections.reduce<InspectionRow | null>((w, r) => (!w || r.level > w.level ? r : w), null);
  return {
    name,
    seed: game.seed,
    finished: snap.hasTag('debrief'),
    sim,
    triad: {
      start: triad(b, sim.history[0] ?? sim.values),
      end: triad(b, sim.values),
      later: sim.epilogue ? triad(b, sim.epilogue) : null,
    },
    goals,
    reached: goals.filter((g) => g.result === 'behaald').length,
    inspections,
    worst,
    history: sim.history,
    later: sim.epilogue,
  };
}

export interface Moment {
  label: string;
  /** The team's indicator values at this moment; null when its game did not get there. */
  at: (t: TeamResult) => Record<string, number> | null;
}

/** The moments on a curve's x axis: start, the quarters, and a year later when any team got there. */
export function moments(teams: readonly TeamResult[]): Moment[] {
  const quarters = Math.max(0, ...teams.map((t) => t.history.length));
  const out: Moment[] = Array.from({ length: quarters }, (_, i) => ({
    label: i === 0 ? 'Start' : `K${i}`,
    at: (t: TeamResult) => t.history[i] ?? null,
  }));
  if (teams.some((t) => t.later)) out.push({ label: 'Jaar later', at: (t) => t.later });
  return out;
}

/**
 * The indicators worth a curve: for each part of the value triad the two that weigh most, so
 * clients, staff and organisation each get two lines of the story.
 */
export function keyIndicators(b: ScenarioBundle): IndicatorDef[] {
  const ids = TRIAD_KEYS.flatMap((k) =>
    [...b.scenario.triad[k]]
      .sort((x, y) => y.weight - x.weight)
      .slice(0, 2)
      .map((p) => p.indicator),
  );
  return [...new Set(ids)]
    .map((id) => b.scenario.indicators.find((i) => i.id === id))
    .filter((i): i is IndicatorDef => !!i);
}

/** Teams grouped by session code; more than one group means they did not play the same world. */
export function seedGroups(teams: readonly { name: string; seed: number }[]): { seed: number; teams: string[] }[] {
  const groups = new Map<number, string[]>();
  for (const t of teams) groups.set(t.seed, [...(groups.get(t.seed) ?? []), t.name]);
  return [...groups].map(([seed, names]) => ({ seed, teams: names }));
}

/** Two decisions are the same when the same thing was decided: the label and what was chosen. */
export const sameDecision = (x: Decision | undefined, y: Decision | undefined) =>
  !!x && !!y && x.label === y.label && x.detail === y.detail;

/** How many decisions every team made the same way, from the start. */
export function sharedStart(teams: readonly TeamResult[]): number {
  if (teams.length < 2) return teams[0]?.sim.decisions.length ?? 0;
  const first = teams[0]!.sim.decisions;
  let n = 0;
  while (n < first.length && teams.every((t) => sameDecision(t.sim.decisions[n], first[n]))) n++;
  return n;
}

export type Prompt = ScenarioBundle['debrief']['prompts'][number];

/**
 * The reflection questions for the group: every question chosen for at least one team, those
 * that fit the most teams first, then the more specific and heavier ones.
 */
export function rankPrompts(
  b: ScenarioBundle,
  teams: readonly { name: string; sim: SimState }[],
): { prompt: Prompt; teams: string[] }[] {
  const fits = new Map<string, { prompt: Prompt; teams: string[] }>();
  for (const t of teams)
    for (const p of choosePrompts(b, t.sim)) {
      const entry = fits.get(p.id) ?? { prompt: p, teams: [] };
      entry.teams.push(t.name);
      fits.set(p.id, entry);
    }
  return [...fits.values()].sort(
    (x, y) =>
      y.teams.length - x.teams.length ||
      Number(!!y.prompt.when) - Number(!!x.prompt.when) ||
      y.prompt.weight - x.prompt.weight ||
      x.prompt.id.localeCompare(y.prompt.id),
  );
}

/** Decisions grouped per quarter, in order: 0 is the preparation (intake, scan, plan). */
export function byQuarter(decisions: readonly Decision[]): Map<number, Decision[]> {
  const out = new Map<number, Decision[]>();
  for (const d of decisions) out.set(d.quarter, [...(out.get(d.quarter) ?? []), d]);
  return out;
}

export const quarterTitle = (q: number) =>
  q === 0 ? 'Voorbereiding: intake, scan en plan' : q >= 7 ? 'Na afloop' : `Kwartaal ${q}`;
