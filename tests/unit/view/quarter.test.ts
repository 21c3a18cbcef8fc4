/** What is on the table and what no longer fits, what is on the agenda: the budget and agenda models against the rules. */
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../../src/game/game';
import { RANDOM, rand } from '../../../src/game/strategies';
import { handIds, handProblem } from '../../../src/sim/hand';
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
  it('offers the hand: each card alone is a basket the game accepts, with whom it touches, and shows what is under way', () => {
    for (const seed of [11, 12]) {
      const g = atBudget(seed, 3);
      const vm = budgetOf(g);
      const sim = g.snapshot().machine.context.sim;
      expect(vm.items.map((i) => i.id)).toEqual(handIds(bundle, sim));
      expect(vm.items.length).toBeGreaterThan(0);
      expect(vm.items.length).toBeLessThanOrEqual(bundle.hand.size);
      for (const item of vm.items) {
        expect(item.touches.length).toBeGreaterThan(0);
        if (item.cost <= sim.budget) expect(handProblem(bundle, sim, [item.id])).toBeNull();
        else expect(vm.check([]).blocked[item.id]).toBe('past niet meer in het veranderbudget');
      }
      expect(vm.underway.map((u) => u.title).sort()).toEqual(
        Object.keys(sim.bought)
          .map((id) => bundle.interventions.interventions.find((i) => i.id === id)!.title)
          .sort(),
      );
    }
  });

  it('checks a basket as the game will: total, money left, clashes and what no longer fits', () => {
    const g = atBudget(13, 1);
    const vm = budgetOf(g);
    const sim = g.snapshot().machine.context.sim;
    const nl = (n: number) => n.toLocaleString('nl-NL');
    expect(vm.check([])).toMatchObject({
      total: '0 k€ gekozen',
      left: `${nl(sim.budget)} k€ over van ${nl(sim.budget)} k€`,
    });
    const all = vm.items.map((i) => i.id);
    expect(vm.check(all).problem).toBe(handProblem(bundle, sim, all));
    // Ticking the most expensive card blocks every card that no longer fits beside it.
    const dear = [...vm.items].sort((a, b) => b.cost - a.cost)[0]!;
    const blocked = vm.check([dear.id]).blocked;
    for (const i of vm.items)
      if (i.id !== dear.id && dear.cost + i.cost > sim.budget) expect(blocked[i.id]).toBeDefined();
    // A card outside the hand is refused with a plain reason.
    const off = bundle.interventions.interventions.find((i) => !all.includes(i.id))!;
    expect(vm.check([off.id]).problem).toMatch(/ligt dit kwartaal niet op tafel/);
  });

  it('blocks the card that clashes with a ticked one (zelforganisatie in pilots or in one go)', () => {
    const wide = { ...bundle, hand: { ...bundle.hand, size: bundle.hand.cards.length } };
    const g = createGame({ bundle: wide, seed: 13 });
    const r = rand(13);
    while (!(g.snapshot().machine.hasTag('budget') && !g.snapshot().dialogue)) g.send(RANDOM(g, r));
    const v = gameView({
      bundle: wide,
      snap: g.snapshot(),
      seed: 13,
      team: false,
      viewing: false,
      basis: null,
      code: '',
    });
    if (v.screen.kind !== 'budget') throw new Error(v.screen.kind);
    expect(v.screen.check(['zelforganisatie_pilot']).blocked.zelforganisatie_bigbang).toMatch(/gaat niet samen met/);
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
