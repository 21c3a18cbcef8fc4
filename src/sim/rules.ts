/**
 * The scenario's rules as pure functions over (bundle, state): which events happen, what may be
 * bought, when the inspector comes and what she concludes, and how goals and values are judged.
 */

import { pay } from './decisions';
import { applyEffects, test } from './model';
import { streamValue } from './rng';
import { must, scenarioIndex } from './scenario-index';
import type { EventDef, InterventionDef, ScenarioBundle } from './schema';
import type { InspectionRecord, SimState } from './state';

/** The events that may happen now: forced ones (in file order) and the pool for the draw. */
export function eventPools(b: ScenarioBundle, s: SimState): { forced: EventDef[]; pool: EventDef[] } {
  const eligible = (e: EventDef) => !(e.once && s.seen[e.id] !== undefined) && (!e.when || test(b, s, e.when));
  const open = b.events.events.filter(eligible);
  return {
    // A forced event with a chance comes in that share of quarters: its own stream decides which.
    forced: open.filter((e) => e.forced && (e.chance === undefined || roll(s, e) < e.chance)),
    pool: open.filter((e) => !e.forced),
  };
}

/** The event's own number for this quarter (rng.ts): the same in every game with this seed. */
const roll = (s: SimState, e: EventDef) => streamValue(s.rng, `event:${e.id}`, s.quarter);

/**
 * Draws this quarter's events: due forced events first (more than fit wait for the next quarter),
 * then the rest of the slots from the pool. Every event has its own stream per quarter and runs a
 * weighted race (an exponential clock, -ln u / weight; the earliest wins): whether an event wins
 * depends only on the events it competes with, never on how many draws came before. So two games
 * with one seed draw the same event whenever it is eligible in both and nothing eligible in only
 * one of them beats it.
 */
export function drawEvents(b: ScenarioBundle, s: SimState): string[] {
  const { forced, pool } = eventPools(b, s);
  const max = b.events.perQuarter;
  const picked = forced.slice(0, max).map((e) => e.id);
  const race = pool
    .map((e) => ({ id: e.id, at: -Math.log(1 - roll(s, e)) / e.weight }))
    .sort((x, y) => x.at - y.at || x.id.localeCompare(y.id));
  return [...picked, ...race.slice(0, max - picked.length).map((r) => r.id)];
}

export type BuyCheck = { ok: true } | { ok: false; reason: string };

/** May this intervention be bought now, alongside the others in the same basket? */
export function canBuy(b: ScenarioBundle, s: SimState, iv: InterventionDef, basket: readonly string[]): BuyCheck {
  if (s.bought[iv.id] !== undefined && !iv.repeatable) return { ok: false, reason: 'al ingezet' };
  if (iv.requires && !test(b, s, iv.requires))
    return { ok: false, reason: iv.requiresText ?? 'voorwaarde niet vervuld' };
  const clash = iv.excludes.find((x) => s.bought[x] !== undefined || basket.includes(x));
  if (clash) {
    const other = scenarioIndex(b).find('intervention', clash);
    return { ok: false, reason: `gaat niet samen met "${other?.title ?? clash}"` };
  }
  return { ok: true };
}

export function basketProblem(b: ScenarioBundle, s: SimState, ids: readonly string[]): string | null {
  if (new Set(ids).size !== ids.length) return 'een maatregel staat dubbel in de keuze';
  let cost = 0;
  for (const id of ids) {
    const iv = scenarioIndex(b).find('intervention', id);
    if (!iv) return `onbekende maatregel "${id}"`;
    const check = canBuy(
      b,
      s,
      iv,
      ids.filter((x) => x !== id),
    );
    if (!check.ok) return `${iv.title}: ${check.reason}`;
    cost += iv.cost;
  }
  return cost > s.budget ? `te duur: ${cost} k€ gekozen, ${s.budget} k€ beschikbaar` : null;
}

/** Buys the interventions: pays, records, and sets their effects (and interactions) in motion. */
export function buy(b: ScenarioBundle, s: SimState, ids: readonly string[]): SimState {
  let next = s;
  for (const id of ids) {
    const iv = scenarioIndex(b).get('intervention', id);
    const cause = `iv:${iv.id}`;
    next = { ...next, bought: { ...next.bought, [iv.id]: next.quarter } };
    next = applyEffects(b, next, [...pay(iv.cost), ...iv.effects], cause);
    for (const c of iv.conditional) if (test(b, s, c.if)) next = applyEffects(b, next, c.effects, cause);
    next = {
      ...next,
      decisions: [
        ...next.decisions,
        { quarter: s.quarter, phase: 'budget', label: iv.title, detail: `${iv.cost} k€ uit het veranderbudget`, cause },
      ],
    };
  }
  return next;
}

/** The visit due this quarter, if any: a scheduled one, or an unannounced one after signals. */
export function dueVisit(b: ScenarioBundle, s: SimState): string | null {
  const done = new Set(s.inspections.map((i) => i.visit));
  const v = b.inspection.visits.find(
    (v) => !done.has(v.id) && (v.quarter === s.quarter || (v.quarter === undefined && !!v.when && test(b, s, v.when))),
  );
  return v?.id ?? null;
}

/**
 * Judges the organisation on the norms and the conversation, then moves it on the ladder the way
 * the IGJ describes its own work (004): the score says what is warranted; failed norms set a floor
 * (a poor picture is never "dossier gesloten"); enforcement comes only after a demanded plan of
 * approach brought no movement in its term, one step per visit (restraint); a visit's own floor (a concealed
 * calamity, once found) overrides that restraint. A measure already in force is not imposed again.
 */
export function judgeVisit(b: ScenarioBundle, s: SimState, visitId: string): SimState {
  const visit = scenarioIndex(b).get('visit', visitId);
  const esc = b.inspection.escalation;
  let score = 0;
  let failed = 0;
  const reasons: string[] = [];
  for (const n of b.inspection.norms) {
    const met = test(b, s, n.meets);
    if (met) score += n.weight;
    else failed++;
    reasons.push(`${met ? 'Voldoet' : 'Voldoet niet'}: ${n.title}`);
  }
  const clear: Record<string, number> = { ...s.flags };
  for (const m of b.inspection.modifiers) {
    if (test(b, s, m.if)) {
      score += m.score;
      reasons.push(m.reason);
    }
    // Conversation flags belong to one visit; the next visit is a new conversation.
    for (const f of m.if.match(/flag\.[a-z0-9_]+/g) ?? []) delete clear[f.slice(5)];
  }
  const ladder = [...b.scenario.ladder].sort((x, y) => x.level - y.level);
  const step = (level: number) => must(ladder[level], `trede ${level} van de toezichtladder`);
  const label = (level: number) => step(level).label;
  const fill = (text: string, level: number, from: number) =>
    text.replaceAll('{label}', label(level)).replaceAll('{from}', label(from));
  const first = s.inspections.length === 0;
  const prev = first ? 0 : s.ladder;
  let level = must(
    ladder.find((l) => score >= l.minScore),
    `een trede van de toezichtladder voor score ${score}`,
  ).level;
  const floor = esc.floors.filter((f) => failed >= f.failedNorms).sort((x, y) => y.level - x.level)[0];
  if (floor && level < floor.level) {
    level = floor.level;
    reasons.push(floor.reason);
  }
  // A step into (or up) enforcement only after the measure in force has had its time.
  let since = s.quarter;
  for (const r of [...s.inspections].reverse()) {
    if (r.level !== prev) break;
    since = r.quarter;
  }
  const ripe = prev >= esc.enforcementFrom - 1 && s.quarter - since >= esc.minQuarters;
  const cap = ripe ? Math.min(5, prev + 1) : Math.max(prev, esc.enforcementFrom - 1);
  const capped = level > cap;
  if (capped) level = cap;
  if (visit.floor) {
    // Already at or above the floor: one step further.
    level = Math.max(level, prev >= visit.floor.level ? Math.min(5, prev + 1) : visit.floor.level);
    reasons.push(visit.floor.reason);
  } else if (!first && level === prev && (capped || level >= esc.enforcementFrom - 1))
    reasons.push(fill(esc.held, level, prev));
  else if (capped) reasons.push(fill(esc.restraint, level, prev));
  if (!first && level < prev) reasons.push(fill(esc.lowered, level, prev));
  const record: InspectionRecord = { visit: visitId, quarter: s.quarter, score, level, reasons };
  let next: SimState = { ...s, flags: clear, ladder: level, inspections: [...s.inspections, record] };
  if (first || level !== prev) next = applyEffects(b, next, step(level).effects, `visit:${visitId}`);
  return {
    ...next,
    decisions: [
      ...next.decisions,
      {
        quarter: s.quarter,
        phase: 'inspectie',
        label: visit.title,
        detail: `Uitkomst: ${label(level)}`,
        cause: `visit:${visitId}`,
      },
    ],
  };
}

export type Attainment = 'behaald' | 'deels behaald' | 'niet behaald';
export interface GoalResult {
  id: string;
  title: string;
  level: string;
  start: number;
  target: number;
  end: number;
  result: Attainment;
}

/** Own goals against the end state: reached, at least half way there, or not. */
export function evaluateGoals(b: ScenarioBundle, s: SimState): GoalResult[] {
  return (s.plan?.goals ?? []).map((g) => {
    const t = scenarioIndex(b).get('goal', g.id);
    const level = must(
      t.levels.find((l) => l.id === g.level),
      `niveau "${g.level}" van doel "${g.id}"`,
    );
    const ind = scenarioIndex(b).get('indicator', t.indicator);
    const start = s.history[0]?.[ind.id] ?? ind.start;
    const end = s.values[ind.id] ?? 0;
    const gain = (end - start) * ind.better;
    const needed = (level.target - start) * ind.better;
    const result: Attainment =
      gain >= needed ? 'behaald' : needed > 0 && gain >= needed / 2 ? 'deels behaald' : 'niet behaald';
    return { id: g.id, title: t.title, level: level.label, start, target: level.target, end, result };
  });
}

/** The value triad (seed 000): client, employee and organisational value, each 0–100. */
export function triad(
  b: ScenarioBundle,
  values: Record<string, number>,
): Record<'client' | 'medewerker' | 'organisatie', number> {
  const part = (parts: ScenarioBundle['scenario']['triad']['client']) => {
    const total = parts.reduce((a, p) => a + p.weight, 0);
    const sum = parts.reduce((a, p) => {
      const v = values[p.indicator] ?? 0;
      const norm = Math.min(1, Math.max(0, (v - p.worst) / (p.best - p.worst)));
      return a + norm * p.weight;
    }, 0);
    return Math.round((sum / total) * 100);
  };
  const t = b.scenario.triad;
  return { client: part(t.client), medewerker: part(t.medewerker), organisatie: part(t.organisatie) };
}

/** A year later: what was secured stays, the rest falls back towards where it started. */
export function epilogueValues(b: ScenarioBundle, s: SimState): Record<string, number> {
  const e = b.scenario.epilogue;
  const retain = Math.min(1, e.retainBase + e.retainPerBorging * (s.values.borging ?? 0));
  const start = s.history[0] ?? {};
  return Object.fromEntries(
    Object.entries(s.values).map(([id, v]) => {
      const from = start[id] ?? v;
      // Losses do not heal by themselves; only gains decay without borging.
      const ind = scenarioIndex(b).find('indicator', id);
      const gain = (v - from) * (ind?.better ?? 1);
      return [id, gain > 0 ? from + (v - from) * retain : v];
    }),
  );
}

/** The diagnosis scored silently against the hidden truth: hits minus false alarms, and what was missed. */
export function scoreDiagnosis(b: ScenarioBundle, s: SimState) {
  const picked = new Set(s.diagnosis?.problems ?? []);
  const real = b.scan.problems.filter((p) => p.real);
  const hits = real.filter((p) => picked.has(p.id)).map((p) => p.id);
  const falseAlarms = b.scan.problems.filter((p) => !p.real && picked.has(p.id)).map((p) => p.id);
  const missed = real.filter((p) => !picked.has(p.id)).map((p) => p.id);
  const factsFound = b.scan.facts.filter((f) => s.facts[f.id] !== undefined).map((f) => f.id);
  const factsMissed = b.scan.facts.filter((f) => s.facts[f.id] === undefined).map((f) => f.id);
  return { hits, falseAlarms, missed, factsFound, factsMissed, score: hits.length - falseAlarms.length };
}
