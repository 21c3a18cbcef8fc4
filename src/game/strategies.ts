/**
 * Scripted players for the CLI, the balance run, the bench and the tests. `random` is built in;
 * every other way of playing is data (stories/<scenario>/strategies.yaml). A strategy looks at
 * the snapshot and returns the next player event; its randomness comes from its own seeded
 * stream, so a game played by a strategy is as reproducible as one played by hand.
 */
import type { PlayerEvent } from '../machines/events';
import { isAgendaOpen } from '../machines/trajectory';
import type { Command } from '../narrative/tags';
import { drawHand, handIds, handProblem } from '../sim/hand';
import { nextRandom } from '../sim/rng';
import { must, scenarioIndex } from '../sim/scenario-index';
import type { InterventionDef, StrategyDefData } from '../sim/schema';
import type { Game } from './game';

export interface Rand {
  next(): number;
}
export function rand(seed: number): Rand {
  let state = seed >>> 0;
  return {
    next() {
      const r = nextRandom(state);
      state = r.state;
      return r.value;
    },
  };
}

export type Strategy = (game: Game, r: Rand) => PlayerEvent;

const pick = <T>(list: readonly T[], r: Rand): T =>
  must(list[Math.floor(r.next() * list.length)], 'een keuze uit een lege lijst');
const shuffle = <T>(list: readonly T[], r: Rand): T[] => {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    const [a, b] = [out[i], out[j]];
    if (a !== undefined && b !== undefined) [out[i], out[j]] = [b, a];
  }
  return out;
};

const sim = (game: Game) => game.snapshot().machine.context.sim;
const openSources = (game: Game) =>
  game.bundle.scan.sources.filter(
    (x) => sim(game).attempts[`scan_${x.id}`] === undefined && x.hours <= sim(game).scanHoursLeft,
  );
const openAgenda = (game: Game) => {
  const c = game.snapshot().machine.context;
  return c.agendaLeft > 0
    ? game.bundle.agenda.items.filter((i) => isAgendaOpen(game.bundle, c.sim, c.agendaDone, i.id))
    : [];
};
/**
 * Adds interventions in the given order while the basket stays valid and within the share of the
 * budget. Only cards in this quarter's hand can be bought: what a strategy wants but is not offered
 * is skipped (it may come up in a later quarter), so a strategy buys from what is on the table.
 */
function fill(game: Game, order: readonly InterventionDef[], share: number, max = Number.POSITIVE_INFINITY): string[] {
  const s = sim(game);
  const hand = handIds(game.bundle, s);
  const basket: string[] = [];
  let spent = 0;
  for (const iv of order) {
    if (basket.length >= max) break;
    if (spent + iv.cost > s.budget * share) continue;
    if (handProblem(game.bundle, s, [...basket, iv.id], hand) === null) {
      basket.push(iv.id);
      spent += iv.cost;
    }
  }
  return basket;
}
const lowerable = (game: Game) =>
  (sim(game).plan?.goals ?? []).filter(
    (g) => game.bundle.plan.goals.find((t) => t.id === g.id)?.levels[0]?.id !== g.level,
  );

/** The next move on a non-dialogue screen that every strategy makes the same way. */
function routine(game: Game): PlayerEvent | null {
  const m = game.snapshot().machine;
  if (m.hasTag('verdict')) return { type: 'verdict.continue' };
  if (m.hasTag('report')) return { type: 'report.continue' };
  if (m.hasTag('final')) return { type: 'final.continue' };
  return null;
}

/** Plays at random, but only legal moves: the baseline against which strategies are judged. */
export const RANDOM: Strategy = (game, r) => {
  const snap = game.snapshot();
  const b = game.bundle;
  const d = snap.dialogue;
  if (d)
    return d.ended
      ? { type: 'dialogue.close' }
      : { type: 'dialogue.choose', index: Math.floor(r.next() * d.choices.length) };
  const m = snap.machine;
  const done = routine(game);
  if (done) return done;
  if (m.hasTag('intake'))
    return { type: 'intake.submit', commit: r.next() < 0.8 ? 'sign' : 'refuse', leader: pick(b.plan.leaders, r).id };
  if (m.hasTag('scan')) {
    const open = openSources(game);
    return open.length && r.next() < 0.85 ? { type: 'scan.open', source: pick(open, r).id } : { type: 'scan.finish' };
  }
  if (m.hasTag('diagnosis')) {
    const n = 1 + Math.floor(r.next() * b.scan.maxProblems);
    return {
      type: 'diagnosis.submit',
      problems: shuffle(b.scan.problems, r)
        .slice(0, n)
        .map((p) => p.id),
      theme: pick(b.scan.themes, r).id,
    };
  }
  if (m.hasTag('plan'))
    return {
      type: 'plan.submit',
      goals: shuffle(b.plan.goals, r)
        .slice(0, 1 + Math.floor(r.next() * b.plan.maxGoals))
        .map((g) => ({ id: g.id, level: pick(g.levels, r).id })),
      coach: m.context.sim.picks.commit === 'refuse' ? '' : pick(b.plan.coaches, r).id,
      style: pick(b.plan.reporting, r).id,
    };
  if (m.hasTag('agenda')) {
    const open = openAgenda(game);
    return open.length && r.next() < 0.7 ? { type: 'agenda.open', item: pick(open, r).id } : { type: 'agenda.finish' };
  }
  if (m.hasTag('budget')) {
    const s = sim(game);
    const ok = drawHand(b, s)
      .map((h) => h.intervention)
      .filter((iv) => iv.cost <= s.budget);
    return { type: 'budget.submit', buy: fill(game, shuffle(ok, r), r.next()) };
  }
  if (m.hasTag('interim'))
    return {
      type: 'interim.submit',
      lower: lowerable(game)
        .filter(() => r.next() < 0.3)
        .map((g) => g.id),
    };
  if (m.hasTag('borging'))
    return {
      type: 'borging.submit',
      measures: shuffle(b.plan.borging, r)
        .slice(0, Math.floor(r.next() * (b.plan.maxBorging + 1)))
        .map((x) => x.id),
    };
  throw new Error(`geen zet mogelijk in toestand ${JSON.stringify(m.value)}`);
};

/** How attractive an answer is to a player who builds trust: what it would do, looked at before choosing. */
function trustScore(commands: readonly Command[]): number {
  let score = 0;
  for (const c of commands) {
    if (c.kind === 'effect' && c.effect.target.startsWith('trust.')) score += c.effect.delta;
    else if (c.kind === 'reveal') score += 10;
  }
  return score;
}

/** A way of playing from the scenario's strategies.yaml. */
export function scripted(def: StrategyDefData): Strategy {
  return (game) => {
    const snap = game.snapshot();
    const b = game.bundle;
    const d = snap.dialogue;
    if (d) {
      if (d.ended) return { type: 'dialogue.close' };
      if (def.dialogue === 'laatste') return { type: 'dialogue.choose', index: d.choices.length - 1 };
      if (def.dialogue === 'eerste') return { type: 'dialogue.choose', index: 0 };
      const scores = game.previewChoices().map(trustScore);
      return { type: 'dialogue.choose', index: Math.max(0, scores.indexOf(Math.max(...scores))) };
    }
    const m = snap.machine;
    const done = routine(game);
    if (done) return done;
    if (m.hasTag('intake')) return { type: 'intake.submit', commit: def.commit, leader: def.leader };
    if (m.hasTag('scan')) {
      const open = new Set(openSources(game).map((x) => x.id));
      const next = def.scan.find((id) => open.has(id));
      return next ? { type: 'scan.open', source: next } : { type: 'scan.finish' };
    }
    if (m.hasTag('diagnosis')) {
      // Names the problems behind the facts it uncovered, most evidence first.
      const counts = new Map<string, number>();
      for (const f of b.scan.facts)
        if (m.context.sim.facts[f.id] !== undefined) counts.set(f.problem, (counts.get(f.problem) ?? 0) + 1);
      const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([p]) => p);
      const problems = (ranked.length ? ranked : [must(b.scan.problems[0], 'een probleem in de scan').id]).slice(
        0,
        b.scan.maxProblems,
      );
      return { type: 'diagnosis.submit', problems, theme: def.theme };
    }
    if (m.hasTag('plan'))
      return {
        type: 'plan.submit',
        goals: def.goals.map((g) => ({ ...g })),
        coach: m.context.sim.picks.commit === 'refuse' ? '' : def.coach,
        style: def.style,
      };
    if (m.hasTag('agenda')) {
      const open = new Set(openAgenda(game).map((x) => x.id));
      const next = def.agenda.find((id) => open.has(id));
      return next ? { type: 'agenda.open', item: next } : { type: 'agenda.finish' };
    }
    if (m.hasTag('budget')) {
      const order = def.interventions.map((id) => scenarioIndex(b).get('intervention', id));
      return { type: 'budget.submit', buy: fill(game, order, def.budgetShare, def.perQuarter) };
    }
    if (m.hasTag('interim')) return { type: 'interim.submit', lower: [] };
    if (m.hasTag('borging')) return { type: 'borging.submit', measures: def.borging.slice(0, b.plan.maxBorging) };
    throw new Error(`geen zet mogelijk in toestand ${JSON.stringify(m.value)}`);
  };
}

/** The strategies a scenario offers: `random` plus its own. */
export function strategiesFor(bundle: Game['bundle']): Record<string, Strategy> {
  return { random: RANDOM, ...Object.fromEntries(bundle.strategies.strategies.map((s) => [s.id, scripted(s)])) };
}

/** Plays a game to the debrief. Throws if a strategy proposes an illegal move (a bug, not a game state). */
export function playToEnd(game: Game, strategy: Strategy, r: Rand, maxSteps = 5000): Game {
  for (let i = 0; i < maxSteps; i++) {
    if (game.snapshot().machine.hasTag('debrief')) return game;
    const e = strategy(game, r);
    if (!game.send(e))
      throw new Error(`zet geweigerd: ${JSON.stringify(e)} in ${JSON.stringify(game.snapshot().machine.value)}`);
  }
  throw new Error('het spel eindigde niet binnen het maximale aantal zetten');
}
