/**
 * The model behaves like the sector did. Each test plays two games from the same seed that differ
 * in one decision (or compares scripted strategies) and checks the direction and size that the
 * sources report. Bounds are the sources' ranges, so a content change that leaves them fails here.
 */
import { describe, expect, it } from 'vitest';
import { measure, summarise } from '../../src/cli/balance';
import { createGame, type Game } from '../../src/game/game';
import { playToEnd, rand, scripted } from '../../src/game/strategies';
import type { StrategyDefData } from '../../src/sim/schema';
import { bundle, wholeDeck } from './scenario';

const nothing = bundle.strategies.strategies.find((s) => s.id === 'niets-doen')!;
/** Doing nothing, except buying these interventions in the first quarter. */
const only = (interventions: string[], extra: Partial<StrategyDefData> = {}): StrategyDefData => ({
  ...nothing,
  interventions,
  perQuarter: interventions.length,
  budgetShare: 1,
  ...extra,
});
/** Games that differ in one intervention: the whole deck is on the table, so the draw cannot differ. */
const play = (def: StrategyDefData, seed: number): Game =>
  playToEnd(createGame({ bundle: wholeDeck, seed }), scripted(def), rand(seed));
const history = (g: Game) => g.snapshot().machine.context.sim.history;
const at = (g: Game, q: number, id: string) => history(g)[q]![id]!;
const SEEDS = [3, 17, 42];

describe('what the sources report', () => {
  it('real room for professionals lowers absence by roughly 15–46% within 6–12 months (002:L239-300, L2146-2200)', () => {
    for (const seed of SEEDS) {
      const base = play(nothing, seed);
      const room = play(only(['zelforganisatie_pilot', 'coachend_leiderschap']), seed);
      // 6–12 months after starting in quarter 1: quarters 3 to 5.
      const best = Math.max(...[3, 4, 5].map((q) => 1 - at(room, q, 'verzuim') / at(base, q, 'verzuim')));
      expect(best).toBeGreaterThanOrEqual(0.15);
      expect(best).toBeLessThanOrEqual(0.46);
    }
  });

  it('removing a management layer fast without support first pushes absence up (002:L3165-3168)', () => {
    for (const seed of SEEDS) {
      const base = play(nothing, seed);
      const cut = play(only(['managementlaag_weg']), seed);
      expect(Math.max(at(cut, 1, 'verzuim'), at(cut, 2, 'verzuim'))).toBeGreaterThan(
        Math.max(at(base, 1, 'verzuim'), at(base, 2, 'verzuim')),
      );
    }
  });

  it('the low road improves money fast but costs trust and staff (000 §4; 000:L804-826)', () => {
    const low = bundle.strategies.strategies.find((s) => s.id === 'lage-weg')!;
    const high = bundle.strategies.strategies.find((s) => s.id === 'hoge-weg')!;
    for (const seed of SEEDS) {
      const l = play(low, seed);
      const h = play(high, seed);
      expect(at(l, 2, 'resultaat')).toBeGreaterThan(at(h, 2, 'resultaat'));
      expect(at(l, 6, 'draagvlak')).toBeLessThan(at(h, 6, 'draagvlak'));
      expect(at(l, 6, 'medewerkertevredenheid')).toBeLessThan(at(h, 6, 'medewerkertevredenheid'));
    }
  });

  it('more client freedom raises satisfaction and falls together (001 ERAI; 002 HilverZorg)', () => {
    for (const seed of SEEDS) {
      const base = play(nothing, seed);
      const free = play(only(['goede_gesprek']), seed);
      expect(at(free, 4, 'eigen_regie')).toBeGreaterThan(at(base, 4, 'eigen_regie'));
      expect(at(free, 4, 'kwaliteit_van_leven')).toBeGreaterThan(at(base, 4, 'kwaliteit_van_leven'));
      expect(at(free, 4, 'incidenten')).toBeGreaterThan(at(base, 4, 'incidenten'));
    }
  });

  it('savings from cooperation land mostly outside the budget (003:L871-874; 000:L1093-1096)', () => {
    const iv = bundle.interventions.interventions.find((i) => i.id === 'wijkteams_gemeente')!;
    const money = iv.effects.filter((e) => e.target === 'resultaat').reduce((a, e) => a + e.delta, 0);
    expect(money).toBeGreaterThan(0);
    expect(money).toBeLessThan(0.3); // a tenth of a margin point, next to weeks off the waiting list
    let compared = 0;
    for (const seed of SEEDS) {
      const base = play(nothing, seed);
      const coop = play(only(['wijkteams_gemeente'], { agenda: ['gesprek_linda'], dialogue: 'vertrouwen' }), seed);
      const bought = coop.snapshot().machine.context.sim.bought.wijkteams_gemeente !== undefined;
      if (!bought) continue; // the municipality has to be won first
      compared++;
      expect(at(coop, 6, 'wachttijd')).toBeLessThan(at(base, 6, 'wachttijd'));
      expect(at(coop, 6, 'resultaat') - at(base, 6, 'resultaat')).toBeLessThan(0.5);
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('balance across strategies', () => {
  const names = ['random', ...bundle.strategies.strategies.map((s) => s.id)];
  const table = Object.fromEntries(
    names.map((n) => [
      n,
      summarise(Array.from({ length: n === 'random' ? 24 : 8 }, (_, i) => measure(bundle, n, 1000 + i * 37))),
    ]),
  );

  it('no strategy dominates on every value: each is beaten or matched somewhere', () => {
    const values = ['client', 'medewerker', 'organisatie'] as const;
    for (const a of names) {
      const beaten = names.some((b) => b !== a && values.some((v) => table[b]![v].p50 >= table[a]![v].p50));
      expect(beaten, `${a} is best on every value`).toBe(true);
    }
  });

  it('doing nothing is not safe: staff and absence deteriorate', () => {
    const idle = table['niets-doen']!;
    expect(idle.verzuim.p50).toBeGreaterThan(0.05);
    expect(idle.medewerker.p50).toBeLessThan(table['hoge-weg']!.medewerker.p50);
    expect(idle.goalsReached).toBeLessThan(0.5);
  });

  it('the ranges reached stay inside what the sources report', () => {
    for (const n of names) {
      const t = table[n]!;
      // Absence: −46% at best (002:L239-300); spikes above 11% from 8.2% are the worst reported (002:L3165).
      expect(t.verzuim.p10, n).toBeGreaterThanOrEqual(-0.46);
      expect(t.verzuim.p90, n).toBeLessThanOrEqual(0.45);
      // Overhead: reductions of 10–60% are reported, 27–50% in the self-organising cases (002:L199-200, L2170): 14% → ≥ 5.6%.
      expect(t.overhead.p10, n).toBeGreaterThanOrEqual(-0.6 * 14);
      expect(t.overhead.p90, n).toBeLessThanOrEqual(1);
      // Direct time: productivity gains up to +29% (002 SGL L1519-1700): 58% → at most about +17 points.
      expect(t.directeTijd.p90, n).toBeLessThanOrEqual(17);
    }
  });
});
