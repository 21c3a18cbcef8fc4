/**
 * Pure functions over SimState: reading references, applying effects with lags and ramps,
 * the quarterly tick. Every function returns a new state; nothing here knows about screens.
 */
import { ambiLevel } from './ambidexterity';
import { type Compiled, compileExpr, parseExpr } from './expr';
import { seedState } from './rng';
import { scenarioIndex } from './scenario-index';
import type { Effect, ScenarioBundle } from './schema';
import type { SimState } from './state';

/** A compiled reference or condition: reads a number from the state. */
type Reader = Compiled<ScenarioBundle, SimState>;

/**
 * The reference namespaces of the condition language (`trust.ans`, `flag.x`, `plan.goals`, …):
 * how each reads the state and which keys the content check accepts. One table, so reading and
 * checking cannot drift apart.
 */
const NAMESPACES: Record<
  string,
  { read: (key: string) => Reader; known: (b: ScenarioBundle, key: string) => boolean }
> = {
  trust: { read: (k) => (_, s) => s.trust[k] ?? 0, known: (b, k) => b.scenario.characters.some((c) => c.id === k) },
  flag: { read: (k) => (_, s) => s.flags[k] ?? 0, known: () => true },
  fact: {
    read: (k) => (_, s) => (s.facts[k] !== undefined ? 1 : 0),
    known: (b, k) => b.scan.facts.some((f) => f.id === k),
  },
  bought: {
    read: (k) => (_, s) => (s.bought[k] !== undefined ? s.quarter - (s.bought[k] ?? 0) + 1 : 0),
    known: (b, k) => b.interventions.interventions.some((i) => i.id === k),
  },
  seen: {
    read: (k) => (_, s) => (s.seen[k] !== undefined ? 1 : 0),
    known: (b, k) => b.events.events.some((e) => e.id === k),
  },
  attempts: { read: (k) => (_, s) => s.attempts[k] ?? 0, known: () => true },
  ambi: { read: (k) => (b, s) => ambiLevel(b, s, k), known: (b, k) => b.ambidexterity.factors.some((f) => f.id === k) },
  plan: {
    read: (k) => (b, s) => planRef(b, s, k),
    known: (_, k) => ['goals', 'cost', 'ambition', 'behind'].includes(k),
  },
  /** A problem the player named in the diagnosis. */
  problem: {
    read: (k) => (_, s) => (s.diagnosis?.problems.includes(k) ? 1 : 0),
    known: (b, k) => b.scan.problems.some((p) => p.id === k),
  },
  theme: { read: pick('theme'), known: (b, k) => b.scan.themes.some((t) => t.id === k) },
  coach: { read: pick('coach'), known: (b, k) => b.plan.coaches.some((c) => c.id === k) },
  leader: { read: pick('leader'), known: (b, k) => b.plan.leaders.some((c) => c.id === k) },
  style: { read: pick('style'), known: (b, k) => b.plan.reporting.some((c) => c.id === k) },
};
function pick(kind: string): (key: string) => Reader {
  return (k) => (_, s) => (s.picks[kind] === k ? 1 : 0);
}

/** References without a namespace: the game's counters, or an indicator. */
const PLAIN: Record<string, Reader> = {
  quarter: (_, s) => s.quarter,
  budget: (_, s) => s.budget,
  ladder: (_, s) => s.ladder,
  commit: (_, s) => (s.picks.commit === 'sign' ? 1 : 0),
};

function compileRef(path: string): Reader {
  const dot = path.indexOf('.');
  if (dot < 0) return PLAIN[path] ?? ((_, s) => s.values[path] ?? 0);
  const ns = Object.hasOwn(NAMESPACES, path.slice(0, dot)) ? NAMESPACES[path.slice(0, dot)] : undefined;
  return ns ? ns.read(path.slice(dot + 1)) : () => 0;
}

// Content has a fixed set of references and conditions: each is compiled once per process.
const refs = new Map<string, Reader>();
const readerOf = (path: string): Reader => {
  let r = refs.get(path);
  if (!r) {
    r = compileRef(path);
    refs.set(path, r);
  }
  return r;
};
const conditions = new Map<string, Reader>();

/** Parses (once) and evaluates a content condition. */
export function test(bundle: ScenarioBundle, s: SimState, src: string): boolean {
  let c = conditions.get(src);
  if (!c) {
    c = compileExpr(parseExpr(src), readerOf);
    conditions.set(src, c);
  }
  return c(bundle, s) !== 0;
}

/** The value of a reference from the condition language; unknown references read as 0. */
export function resolveRef(bundle: ScenarioBundle, s: SimState, path: string): number {
  return readerOf(path)(bundle, s);
}

function planRef(bundle: ScenarioBundle, s: SimState, key: string): number {
  const plan = s.plan;
  if (!plan) return 0;
  if (key === 'goals') return plan.goals.length;
  if (key === 'cost') return scenarioIndex(bundle).find('coach', plan.coach)?.cost ?? 0;
  if (key === 'behind') {
    // Own goals less than half way to where they should be by now (pro rata over the trajectory).
    const share = Math.min(1, s.quarter / bundle.scenario.quarters);
    return plan.goals.filter((g) => {
      const t = scenarioIndex(bundle).find('goal', g.id);
      const level = t?.levels.find((l) => l.id === g.level);
      const ind = t && scenarioIndex(bundle).find('indicator', t.indicator);
      if (!level || !ind) return false;
      const start = s.history[0]?.[ind.id] ?? ind.start;
      const needed = (level.target - start) * ind.better * share;
      return needed > 0 && ((s.values[ind.id] ?? 0) - start) * ind.better < needed / 2;
    }).length;
  }
  if (key === 'ambition') {
    // The sum of the chosen levels' positions: 0 for the most modest level of each goal.
    return plan.goals.reduce((sum, g) => {
      const t = scenarioIndex(bundle).find('goal', g.id);
      return sum + Math.max(0, t?.levels.findIndex((l) => l.id === g.level) ?? 0);
    }, 0);
  }
  return 0;
}

/** Is this a reference the engine knows, given the scenario? Used by the content check. */
export function isKnownRef(bundle: ScenarioBundle, path: string): boolean {
  if (Object.hasOwn(PLAIN, path)) return true;
  if (bundle.scenario.indicators.some((i) => i.id === path)) return true;
  const [ns, key, ...rest] = path.split('.');
  if (!ns || !key || rest.length || !Object.hasOwn(NAMESPACES, ns)) return false;
  return NAMESPACES[ns]?.known(bundle, key) ?? false;
}

/** Can an effect change this target? Indicators, trust in a character, and the change budget. */
export function isEffectTarget(bundle: ScenarioBundle, target: string): boolean {
  if (target === 'budget') return true;
  if (target.startsWith('trust.')) return bundle.scenario.characters.some((c) => `trust.${c.id}` === target);
  return bundle.scenario.indicators.some((i) => i.id === target);
}

function bounds(bundle: ScenarioBundle, target: string): [number, number] {
  if (target.startsWith('trust.')) return [0, 100];
  if (target === 'budget') return [0, Number.POSITIVE_INFINITY];
  const ind = scenarioIndex(bundle).find('indicator', target);
  return ind ? [ind.min, ind.max] : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
}

function read(s: SimState, target: string): number {
  if (target === 'budget') return s.budget;
  if (target.startsWith('trust.')) return s.trust[target.slice(6)] ?? 0;
  return s.values[target] ?? 0;
}

/**
 * A working copy whose values, trust and ledger may be changed in place: copied once per batch
 * of changes rather than once per change (a game books hundreds of them).
 */
function draftOf(s: SimState): SimState {
  return { ...s, values: { ...s.values }, trust: { ...s.trust }, ledger: [...s.ledger] };
}

/** Sets a target (clamped) and books the real change in the ledger. Mutates the given draft. */
function change(bundle: ScenarioBundle, draft: SimState, target: string, delta: number, cause: string): void {
  const [lo, hi] = bounds(bundle, target);
  const before = read(draft, target);
  const after = Math.min(hi, Math.max(lo, before + delta));
  const real = after - before;
  if (real === 0) return;
  if (target === 'budget') draft.budget = after;
  else if (target.startsWith('trust.')) draft.trust[target.slice(6)] = after;
  else draft.values[target] = after;
  draft.ledger.push({ quarter: draft.quarter + (draft.closed ? 1 : 0), target, delta: real, cause });
}

/** Applies effects now (lag 0, ramp 1) or schedules them for later quarters. */
export function applyEffects(bundle: ScenarioBundle, s: SimState, effects: readonly Effect[], cause: string): SimState {
  if (!effects.length) return s;
  const draft = draftOf(s);
  for (const e of effects) {
    const lag = e.lag ?? 0;
    const ramp = e.ramp ?? 1;
    if (lag === 0 && ramp === 1) change(bundle, draft, e.target, e.delta, cause);
    else {
      const from = s.quarter + lag;
      draft.pending = [
        ...draft.pending,
        { target: e.target, perQuarter: e.delta / ramp, from, to: from + ramp - 1, cause },
      ];
    }
  }
  return draft;
}

/** The end of a quarter: scheduled effects that are due, then the organisation's own dynamics. */
export function tick(bundle: ScenarioBundle, s: SimState): SimState {
  const draft = draftOf(s);
  const q = s.quarter;
  for (const p of s.pending) if (p.from <= q && q <= p.to) change(bundle, draft, p.target, p.perQuarter, p.cause);
  draft.pending = s.pending.filter((p) => p.to > q);
  // Dynamics read the state as it was after the due effects, so their order in the file does not matter.
  const base: SimState = { ...draft, values: { ...draft.values }, trust: { ...draft.trust } };
  for (const d of bundle.scenario.dynamics) {
    if (d.when && !test(bundle, base, d.when)) continue;
    let delta = d.delta ?? 0;
    if (d.from !== undefined && d.factor !== undefined) {
      const diff = d.change ? movedBy(bundle, s, base, d.from, d.lag) : resolveRef(bundle, base, d.from) - d.pivot;
      if (diff > 0 || d.both) delta += diff * d.factor;
    }
    if (delta !== 0) change(bundle, draft, d.target, delta, `dyn:${d.id}`);
  }
  draft.history = [...s.history, { ...draft.values }];
  draft.closed = true;
  return draft;
}

/** How much an indicator moved during quarter (now − lag): history holds the end of each earlier quarter. */
function movedBy(bundle: ScenarioBundle, s: SimState, now: SimState, id: string, lag: number): number {
  const at = (q: number) => (q === s.quarter ? resolveRef(bundle, now, id) : s.history[q]?.[id]);
  const q = s.quarter - lag;
  const end = at(q);
  const start = at(q - 1);
  return end === undefined || start === undefined ? 0 : end - start;
}

/** What the board's dashboard shows: the truth, unless a hidden fact still masks it. */
export function reportedValue(bundle: ScenarioBundle, s: SimState, id: string): number {
  const ind = scenarioIndex(bundle).find('indicator', id);
  const v = s.values[id] ?? 0;
  if (!ind?.reportedOffset || !ind.revealedBy || s.facts[ind.revealedBy] !== undefined) return v;
  return Math.min(ind.max, Math.max(ind.min, v + ind.reportedOffset));
}

export function initialSimState(bundle: ScenarioBundle, seed: number): SimState {
  const values = Object.fromEntries(bundle.scenario.indicators.map((i) => [i.id, i.start]));
  return {
    quarter: 0,
    closed: false,
    values,
    trust: Object.fromEntries(bundle.scenario.characters.map((c) => [c.id, c.trust])),
    flags: {},
    facts: {},
    bought: {},
    seen: {},
    picks: {},
    attempts: {},
    budget: bundle.scenario.changeBudget.start,
    ladder: 0,
    scanHoursLeft: bundle.scan.hours,
    plan: null,
    diagnosis: null,
    pending: [],
    ledger: [],
    history: [{ ...values }],
    inspections: [],
    decisions: [],
    epilogue: null,
    rng: seedState(seed),
  };
}
