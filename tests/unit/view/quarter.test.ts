/** What can be bought and why not, what is on the agenda: the budget and agenda models against the rules. */
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../../src/game/game';
import { RANDOM, rand } from '../../../src/game/strategies';
import { basketProblem } from '../../../src/sim/rules';
import { gameView } from '../../../src/view/game-view';
import type { BudgetModel } from '../../../src/view/models';
import { bundle } from '../scenario';

/** Plays at random up to the n-th budget screen. */
function atBudget(seed: number, n: number): Game {
  const g = createGame({ bundle, seed });
  const r = rand(seed);
  let seen = 0;
  for (let i = 0; i < 3000; i++) {
    const s = g.snapshot();
    if (!s.dialogue && s.machine.hasTag('budget') && ++seen === n) return g;
    g.send(RANDOM(g, r));
  }
  throw new Error('geen begroting bereikt');
}

const budgetOf = (g: Game) => {
  const v = gameView({ bundle, snap: g.snapshot(), seed: g.seed, team: false, viewing: false, basis: null, code: '' });
  if (v.screen.kind !== 'budget') throw new Error(v.screen.kind);
  return v.screen as BudgetModel;
};

describe('the budget screen model', () => {
  it('offers exactly what the game accepts, and says why the rest cannot be bought', () => {
    for (const seed of [11, 12]) {
      const g = atBudget(seed, 3);
      const vm = budgetOf(g);
      const sim = g.snapshot().machine.context.sim;
      for (const item of vm.items) {
        // An item on offer alone is a basket the rules accept, unless only the budget is short.
        const problem = basketProblem(bundle, sim, [item.id]);
        if (item.why) expect(problem).toContain(item.why);
        else if (item.cost <= sim.budget) expect(problem).toBeNull();
      }
      const bought = Object.keys(sim.bought);
      for (const id of bought) {
        const iv = bundle.interventions.interventions.find((i) => i.id === id)!;
        if (!iv.repeatable) expect(vm.items.find((i) => i.id === id)?.why).toBe('al ingezet');
      }
    }
  });

  it('checks a basket as the game will: total, clashes and an empty basket', () => {
    const g = atBudget(13, 1);
    const vm = budgetOf(g);
    const sim = g.snapshot().machine.context.sim;
    expect(vm.check([])).toEqual({ total: `0 k€ gekozen van ${sim.budget.toLocaleString('nl-NL')} k€`, problem: null });
    const all = vm.items.filter((i) => !i.why).map((i) => i.id);
    expect(vm.check(all).problem).toBe(basketProblem(bundle, sim, all));
    expect(vm.check(all).problem).not.toBeNull();
    const clash = bundle.interventions.interventions.find((i) => i.excludes.length && all.includes(i.id));
    expect(clash).toBeDefined();
    expect(vm.check([clash!.id, clash!.excludes[0]!]).problem).toMatch(/gaat niet samen met/);
  });
});

describe('the agenda screen model', () => {
  it('lists the open items with a name for every conversation partner, and the slots left', () => {
    const g = createGame({ bundle, seed: 21 });
    const r = rand(21);
    for (let i = 0; i < 3000; i++) {
      const s = g.snapshot();
      if (!s.dialogue && s.machine.hasTag('agenda')) break;
      g.send(RANDOM(g, r));
    }
    const v = gameView({ bundle, snap: g.snapshot(), seed: 21, team: false, viewing: false, basis: null, code: '' });
    if (v.screen.kind !== 'agenda') throw new Error(v.screen.kind);
    expect(v.screen.slots).toBe(g.snapshot().machine.context.agendaLeft);
    expect(v.screen.items.length).toBeGreaterThan(0);
    for (const i of v.screen.items) expect(i.meta).toMatch(/^(Werkbezoek|Gesprek met \S+)/);
    // Opening an item the model offers is accepted by the game.
    expect(g.send({ type: 'agenda.open', item: v.screen.items[0]!.id }, { version: v.version })).toBe(true);
  });
});
