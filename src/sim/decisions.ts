/**
 * What the player's decisions do to the organisation, as pure functions over (bundle, state):
 * what each costs, what it sets in motion and how it is recorded for the Terugblik. The
 * trajectory machine decides *when* they happen and whether they are allowed now; these decide
 * *what* they do. Labels and details are the Dutch lines the Terugblik and exports show; they
 * are kept with the decision so an exported game reads the same on any later version.
 */
import { applyEffects, test } from './model';
import { scenarioIndex } from './scenario-index';
import type { Effect, ScenarioBundle } from './schema';
import type { Decision, PlanChoice, SimState } from './state';

/** A cost as an effect on the change budget, so it shows in the ledger like every other change. */
export const pay = (cost: number): Effect[] => (cost > 0 ? [{ target: 'budget', delta: -cost, lag: 0, ramp: 1 }] : []);

/** Records a decision in the current quarter. The one way decisions enter the state. */
export const decide = (s: SimState, d: Omit<Decision, 'quarter'>): SimState => ({
  ...s,
  decisions: [...s.decisions, { quarter: s.quarter, ...d }],
});

/**
 * A team's vote on a form decision goes with the first decision that form recorded (`before` is
 * the count of decisions before it). A form that can record none (an empty basket) says what to
 * record instead, so the vote is never lost.
 */
export function withSupport(
  sim: SimState,
  before: number,
  support: readonly [number, number] | undefined,
  none?: { phase: string; label: string; detail: string },
): SimState {
  if (!support) return sim;
  const s = sim.decisions.length > before ? sim : none ? decide(sim, none) : sim;
  const vote = { for: support[0], against: support[1] };
  return { ...s, decisions: s.decisions.map((d, i) => (i === before ? { ...d, support: vote } : d)) };
}

/** Counts an attempt (a scan source read, an agenda item held, a plan submitted). */
const attempt = (s: SimState, key: string): SimState => ({
  ...s,
  attempts: { ...s.attempts, [key]: (s.attempts[key] ?? 0) + 1 },
});

/** Pays for an option, sets its effects in motion and records it. */
function choose(
  b: ScenarioBundle,
  s: SimState,
  option: { cost: number; effects: readonly Effect[] },
  d: Omit<Decision, 'quarter' | 'cause'> & { cause: string },
): SimState {
  return decide(applyEffects(b, s, [...pay(option.cost), ...option.effects], d.cause), d);
}

/** The intake: the binding commitment (signed or refused) and the project leader. */
export function intake(b: ScenarioBundle, sim: SimState, commit: 'sign' | 'refuse', leaderId: string): SimState {
  const c = b.plan.commitment[commit];
  const leader = scenarioIndex(b).get('leader', leaderId);
  let s: SimState = { ...sim, picks: { ...sim.picks, commit, leader: leader.id } };
  s = choose(b, s, c, { phase: 'intake', label: c.title, detail: c.summary, cause: `intake:${commit}` });
  return choose(b, s, leader, {
    phase: 'intake',
    label: 'Projectleider',
    detail: leader.title,
    cause: `leader:${leader.id}`,
  });
}

/** Reading a scan source spends its hours, once. */
export function readSource(b: ScenarioBundle, sim: SimState, sourceId: string): SimState {
  const src = scenarioIndex(b).get('source', sourceId);
  const s = attempt({ ...sim, scanHoursLeft: sim.scanHoursLeft - src.hours }, `scan_${src.id}`);
  return decide(s, { phase: 'scan', label: src.title, detail: `${src.hours} scanuren` });
}

/** The diagnosis: the problems named and the theme chosen (scored later, silently). */
export function diagnose(b: ScenarioBundle, sim: SimState, problems: readonly string[], themeId: string): SimState {
  const theme = scenarioIndex(b).get('theme', themeId);
  const names = problems.map((p) => scenarioIndex(b).get('problem', p).title);
  const s: SimState = {
    ...sim,
    diagnosis: { problems: [...problems], theme: theme.id },
    picks: { ...sim.picks, theme: theme.id },
  };
  return decide(s, { phase: 'diagnose', label: `Thema: ${theme.title}`, detail: names.join('; ') });
}

/** The plan as submitted for approval; nothing is paid until it is approved (startPlan). */
export function submitPlan(b: ScenarioBundle, sim: SimState, plan: PlanChoice): SimState {
  const s = attempt(
    {
      ...sim,
      plan: { goals: plan.goals.map((g) => ({ ...g })), coach: plan.coach, style: plan.style },
      picks: { ...sim.picks, coach: plan.coach, style: plan.style },
    },
    'plan',
  );
  const coach = scenarioIndex(b).find('coach', plan.coach);
  return decide(s, {
    phase: 'plan',
    label: 'Plan van aanpak ingediend',
    detail: `${plan.goals.length} doelen, ${coach ? `coach: ${coach.title}` : 'zonder programmacoach'}`,
  });
}

/** The approved plan starts: the coach (if any) and the reporting style are paid and take effect. */
export function startPlan(b: ScenarioBundle, sim: SimState): SimState {
  if (!sim.plan) throw new Error('er is geen plan om te starten');
  const coach = scenarioIndex(b).find('coach', sim.plan.coach);
  const style = scenarioIndex(b).get('style', sim.plan.style);
  let s = sim;
  if (coach)
    s = choose(b, s, coach, {
      phase: 'plan',
      label: `Coach: ${coach.title}`,
      detail: coach.summary,
      cause: `coach:${coach.id}`,
    });
  return choose(b, s, style, {
    phase: 'plan',
    label: `Rapportage: ${style.title}`,
    detail: style.summary,
    cause: `style:${style.id}`,
  });
}

/** Is an agenda item available now (its condition holds, and a one-off has not been held)? */
export function isAgendaOpen(
  b: ScenarioBundle,
  sim: SimState,
  doneThisQuarter: readonly string[],
  id: string,
): boolean {
  const item = scenarioIndex(b).find('agendaItem', id);
  if (!item || doneThisQuarter.includes(id)) return false;
  if (item.once && sim.attempts[`agenda_${id}`] !== undefined) return false;
  return !item.when || test(b, sim, item.when);
}

/** Putting a conversation or site visit on the agenda. */
export function holdAgendaItem(b: ScenarioBundle, sim: SimState, itemId: string): SimState {
  const item = scenarioIndex(b).get('agendaItem', itemId);
  const visit = item.kind === 'werkbezoek';
  return decide(attempt(sim, `agenda_${item.id}`), {
    phase: visit ? 'werkbezoek' : 'gesprek',
    label: item.title,
    detail: visit ? 'Werkbezoek' : 'Gesprek op de agenda',
    cause: `ink:${item.story}.${item.knot}#${sim.decisions.length}`,
  });
}

/** The interim evaluation: each goal lowered one level costs the scenario's adjustment effects. */
export function adjustPlan(b: ScenarioBundle, sim: SimState, lower: readonly string[]): SimState {
  if (!sim.plan) throw new Error('er is geen plan om bij te stellen');
  const goals = sim.plan.goals.map((g) => {
    if (!lower.includes(g.id)) return g;
    const levels = scenarioIndex(b).get('goal', g.id).levels;
    const i = levels.findIndex((l) => l.id === g.level);
    return { ...g, level: levels[Math.max(0, i - 1)]?.id ?? g.level };
  });
  let s = sim;
  for (const id of lower) {
    s = applyEffects(b, s, b.plan.interim.adjustEffects, `interim:${id}`);
    const t = scenarioIndex(b).get('goal', id);
    s = decide(s, { phase: 'tussenevaluatie', label: `Doel bijgesteld: ${t.title}`, detail: 'Ambitie een stap lager' });
  }
  if (!lower.length)
    s = decide(s, { phase: 'tussenevaluatie', label: 'Plan ongewijzigd', detail: 'Doelen blijven staan' });
  return { ...s, plan: { ...sim.plan, goals } };
}

/** Borging: the measures that secure the results, each paid and set in motion. */
export function secureResults(b: ScenarioBundle, sim: SimState, measures: readonly string[]): SimState {
  let s = sim;
  for (const id of measures) {
    const m = scenarioIndex(b).get('borging', id);
    s = choose(b, s, m, { phase: 'borging', label: m.title, detail: m.summary, cause: `borging:${m.id}` });
  }
  if (!measures.length)
    s = decide(s, { phase: 'borging', label: 'Geen borgingsmaatregelen', detail: 'Resultaten niet vastgelegd' });
  return s;
}

/** What a line of ink can do to the model (the tags that are not about presentation). */
export type ModelCommand =
  | { kind: 'effect'; effect: Effect }
  | { kind: 'flag'; name: string; on: boolean }
  | { kind: 'reveal'; fact: string };

/**
 * Applies what ink said. Effects, flags and facts do not read each other, so one pass applies a
 * whole batch, and applying two batches one after the other equals applying them as one.
 */
export function applyCommands(
  b: ScenarioBundle,
  sim: SimState,
  commands: readonly (ModelCommand | { kind: 'speaker' | 'outcome' | 'src' })[],
  cause: string,
): SimState {
  let flags = sim.flags;
  let facts = sim.facts;
  const list: Effect[] = [];
  for (const c of commands) {
    if (c.kind === 'effect') list.push(c.effect);
    else if (c.kind === 'flag') {
      if (flags === sim.flags) flags = { ...flags };
      flags[c.name] = c.on ? 1 : 0;
    } else if (c.kind === 'reveal' && facts[c.fact] === undefined) {
      if (facts === sim.facts) facts = { ...facts };
      facts[c.fact] = sim.quarter;
    }
  }
  return applyEffects(b, { ...sim, flags, facts }, list, cause);
}

/** Which conversations' answers count as decisions, and under which phase of the Terugblik. */
const ANSWER_PHASE: Readonly<Record<string, string>> = {
  event: 'gebeurtenis',
  visit: 'inspectie',
  approval: 'plan',
  agenda: 'gesprek',
};

/** Are a conversation's answers recorded as decisions (and so can carry a team's votes)? */
export const answerIsDecision = (purpose: string): boolean => purpose in ANSWER_PHASE;

/** An answer in a conversation, recorded as a decision where the conversation is one (with a team's votes). */
export function recordAnswer(
  sim: SimState,
  conversation: { purpose: string; title: string; story: string; knot: string },
  answer: { text: string; options: string[]; index: number; votes?: number[] },
): SimState {
  const phase = ANSWER_PHASE[conversation.purpose];
  if (!phase) return sim;
  const d: Omit<Decision, 'quarter'> = {
    phase,
    label: conversation.title,
    detail: answer.text,
    // One cause per answer (the decision's index), so its effects are its own in the Terugblik.
    cause: `ink:${conversation.story}.${conversation.knot}#${sim.decisions.length}`,
  };
  if (answer.votes) d.votes = { options: answer.options, tally: answer.votes, chosen: answer.index };
  return decide(sim, d);
}
