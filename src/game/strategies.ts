/**
 * Scripted players for the CLI, the bench and the tests. A strategy looks at the snapshot and
 * returns the next player event; its randomness comes from its own seeded stream, so a game
 * played by a strategy is as reproducible as one played by hand.
 */
import type { PlayerEvent } from '../machines/events';
import { isAgendaOpen } from '../machines/trajectory';
import { nextRandom } from '../sim/rng';
import { basketProblem, canBuy } from '../sim/rules';
import type { InterventionDef, ScenarioBundle } from '../sim/schema';
import { createGame, type Game } from './game';

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

const pick = <T>(list: readonly T[], r: Rand): T => list[Math.floor(r.next() * list.length)]!;
const shuffle = <T>(list: readonly T[], r: Rand): T[] => {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** How much an intervention promises per k€: its effects on indicators, scaled by their ranges. */
function promise(b: ScenarioBundle, iv: InterventionDef): number {
  const gain = iv.effects.reduce((sum, e) => {
    const ind = b.scenario.indicators.find((i) => i.id === e.target);
    if (!ind) return sum;
    return sum + (e.delta * ind.better) / (ind.max - ind.min);
  }, 0);
  return gain / Math.max(25, iv.cost);
}

/** A player's common moves; each strategy overrides how it chooses. */
interface Policy {
  dialogue(game: Game, r: Rand): number;
  intake(b: ScenarioBundle, r: Rand): PlayerEvent;
  scan(game: Game, r: Rand): PlayerEvent;
  diagnosis(game: Game, r: Rand): PlayerEvent;
  plan(b: ScenarioBundle, r: Rand): PlayerEvent;
  agenda(game: Game, r: Rand): PlayerEvent;
  budget(game: Game, r: Rand): PlayerEvent;
  interim(game: Game, r: Rand): PlayerEvent;
  borging(b: ScenarioBundle, r: Rand): PlayerEvent;
}

function run(policy: Policy): Strategy {
  return (game, r) => {
    const snap = game.snapshot();
    const d = snap.dialogue;
    if (d) return d.ended ? { type: 'dialogue.close' } : { type: 'dialogue.choose', index: policy.dialogue(game, r) };
    const m = snap.machine;
    const b = game.bundle;
    if (m.hasTag('intake')) return policy.intake(b, r);
    if (m.hasTag('scan')) return policy.scan(game, r);
    if (m.hasTag('diagnosis')) return policy.diagnosis(game, r);
    if (m.hasTag('plan')) {
      const e = policy.plan(b, r);
      // Without the commitment there is no programme coach to choose.
      return e.type === 'plan.submit' && m.context.sim.picks.commit === 'refuse' ? { ...e, coach: '' } : e;
    }
    if (m.hasTag('agenda')) return policy.agenda(game, r);
    if (m.hasTag('budget')) return policy.budget(game, r);
    if (m.hasTag('verdict')) return { type: 'verdict.continue' };
    if (m.hasTag('report')) return { type: 'report.continue' };
    if (m.hasTag('interim')) return policy.interim(game, r);
    if (m.hasTag('borging')) return policy.borging(b, r);
    if (m.hasTag('final')) return { type: 'final.continue' };
    throw new Error(`geen zet mogelijk in toestand ${JSON.stringify(m.value)}`);
  };
}

const openSources = (game: Game) => {
  const s = game.snapshot().machine.context.sim;
  return game.bundle.scan.sources.filter((x) => s.attempts[`scan_${x.id}`] === undefined && x.hours <= s.scanHoursLeft);
};
const openAgenda = (game: Game) => {
  const c = game.snapshot().machine.context;
  return c.agendaLeft > 0
    ? game.bundle.agenda.items.filter((i) => isAgendaOpen(game.bundle, c.sim, c.agendaDone, i.id))
    : [];
};
const buyable = (game: Game) => {
  const s = game.snapshot().machine.context.sim;
  return game.bundle.interventions.interventions.filter(
    (iv) => canBuy(game.bundle, s, iv, []).ok && iv.cost <= s.budget,
  );
};
/** Adds interventions in the given order while the basket stays valid and affordable. */
const fill = (game: Game, order: readonly InterventionDef[], share: number): string[] => {
  const s = game.snapshot().machine.context.sim;
  const basket: string[] = [];
  let spent = 0;
  for (const iv of order) {
    if (spent + iv.cost > s.budget * share) continue;
    if (basketProblem(game.bundle, s, [...basket, iv.id]) === null) {
      basket.push(iv.id);
      spent += iv.cost;
    }
  }
  return basket;
};

const random: Policy = {
  dialogue: (game, r) => Math.floor(r.next() * game.snapshot().dialogue!.choices.length),
  intake: (b, r) => ({
    type: 'intake.submit',
    commit: r.next() < 0.8 ? 'sign' : 'refuse',
    leader: pick(b.plan.leaders, r).id,
  }),
  scan: (game, r) => {
    const open = openSources(game);
    return open.length && r.next() < 0.85 ? { type: 'scan.open', source: pick(open, r).id } : { type: 'scan.finish' };
  },
  diagnosis: (game, r) => {
    const b = game.bundle;
    const n = 1 + Math.floor(r.next() * b.scan.maxProblems);
    return {
      type: 'diagnosis.submit',
      problems: shuffle(b.scan.problems, r)
        .slice(0, n)
        .map((p) => p.id),
      theme: pick(b.scan.themes, r).id,
    };
  },
  plan: (b, r) => ({
    type: 'plan.submit',
    goals: shuffle(b.plan.goals, r)
      .slice(0, 1 + Math.floor(r.next() * b.plan.maxGoals))
      .map((g) => ({ id: g.id, level: pick(g.levels, r).id })),
    coach: pick(b.plan.coaches, r).id,
    style: pick(b.plan.reporting, r).id,
  }),
  agenda: (game, r) => {
    const open = openAgenda(game);
    return open.length && r.next() < 0.7 ? { type: 'agenda.open', item: pick(open, r).id } : { type: 'agenda.finish' };
  },
  budget: (game, r) => ({ type: 'budget.submit', buy: fill(game, shuffle(buyable(game), r), r.next()) }),
  interim: (game, r) => ({
    type: 'interim.submit',
    lower: (game.snapshot().machine.context.sim.plan?.goals ?? [])
      .filter((g) => game.bundle.plan.goals.find((t) => t.id === g.id)?.levels[0]?.id !== g.level && r.next() < 0.3)
      .map((g) => g.id),
  }),
  borging: (b, r) => ({
    type: 'borging.submit',
    measures: shuffle(b.plan.borging, r)
      .slice(0, Math.floor(r.next() * (b.plan.maxBorging + 1)))
      .map((m) => m.id),
  }),
};

const nothing: Policy = {
  dialogue: () => 0,
  intake: (b) => ({ type: 'intake.submit', commit: 'sign', leader: b.plan.leaders[0]!.id }),
  scan: () => ({ type: 'scan.finish' }),
  diagnosis: (game) => ({
    type: 'diagnosis.submit',
    problems: [game.bundle.scan.problems[0]!.id],
    theme: game.bundle.scan.themes[0]!.id,
  }),
  plan: (b) => {
    const cheapest = [...b.plan.coaches].sort((x, y) => x.cost - y.cost)[0]!;
    return {
      type: 'plan.submit',
      goals: [{ id: b.plan.goals[0]!.id, level: b.plan.goals[0]!.levels[0]!.id }],
      coach: cheapest.id,
      style: b.plan.reporting[0]!.id,
    };
  },
  agenda: () => ({ type: 'agenda.finish' }),
  budget: () => ({ type: 'budget.submit', buy: [] }),
  interim: () => ({ type: 'interim.submit', lower: [] }),
  borging: () => ({ type: 'borging.submit', measures: [] }),
};

/** A thoughtful player: listens widely, picks what the scan showed, spends on what promises most. */
const highRoad: Policy = {
  // Looks one step ahead: which answer leaves people trusting the organisation most.
  dialogue: (game) => {
    const n = game.snapshot().dialogue!.choices.length;
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const fork = createGame({ bundle: game.bundle, seed: game.seed });
      for (const e of game.log) fork.send(e);
      fork.send({ type: 'dialogue.choose', index: i });
      const s = fork.snapshot().machine.context.sim;
      const score = Object.values(s.trust).reduce((a, t) => a + t, 0) + Object.keys(s.facts).length * 20;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  },
  intake: (b) => ({ type: 'intake.submit', commit: 'sign', leader: b.plan.leaders[0]!.id }),
  scan: (game) => {
    const open = openSources(game);
    return open.length ? { type: 'scan.open', source: open[0]!.id } : { type: 'scan.finish' };
  },
  diagnosis: (game) => {
    const b = game.bundle;
    const s = game.snapshot().machine.context.sim;
    const counts = new Map<string, number>();
    for (const f of b.scan.facts)
      if (s.facts[f.id] !== undefined) counts.set(f.problem, (counts.get(f.problem) ?? 0) + 1);
    const ranked = [...counts].sort((x, y) => y[1] - x[1]).map(([p]) => p);
    const problems = (ranked.length ? ranked : [b.scan.problems[0]!.id]).slice(0, b.scan.maxProblems);
    const theme = b.scan.themes.find((t) => t.id === 'ruimte_voor_professionals') ?? b.scan.themes[0]!;
    return { type: 'diagnosis.submit', problems, theme: theme.id };
  },
  plan: (b) => ({
    type: 'plan.submit',
    goals: b.plan.goals
      .slice(0, Math.min(2, b.plan.maxGoals))
      .map((g) => ({ id: g.id, level: g.levels[Math.min(1, g.levels.length - 1)]!.id })),
    coach: b.plan.coaches[0]!.id,
    style: b.plan.reporting[b.plan.reporting.length - 1]!.id,
  }),
  agenda: (game) => {
    const open = openAgenda(game);
    return open.length ? { type: 'agenda.open', item: open[0]!.id } : { type: 'agenda.finish' };
  },
  budget: (game) => {
    const order = buyable(game)
      .filter((iv) => promise(game.bundle, iv) > 0)
      .sort((x, y) => promise(game.bundle, y) - promise(game.bundle, x));
    return { type: 'budget.submit', buy: fill(game, order.slice(0, 3), 0.8) };
  },
  interim: () => ({ type: 'interim.submit', lower: [] }),
  borging: (b) => ({ type: 'borging.submit', measures: b.plan.borging.slice(0, b.plan.maxBorging).map((m) => m.id) }),
};

export const STRATEGIES: Record<string, Strategy> = {
  random: run(random),
  'niets-doen': run(nothing),
  'hoge-weg': run(highRoad),
};

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
