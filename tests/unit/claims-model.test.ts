/**
 * The mechanism behind "money follows what happens": a change-based dynamic moves its target by
 * factor × how much its source moved in one quarter (lag quarters ago), so a level follows a level
 * without drifting while the source holds still.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEffects, initialSimState, tick } from '../../src/sim/model';
import type { ScenarioBundle } from '../../src/sim/schema';
import type { SimState } from '../../src/sim/state';

const indicator = (id: string, start: number) => ({
  id,
  label: id,
  group: 'organisatie',
  unit: '%',
  start,
  min: -50,
  max: 50,
  better: 1,
  decimals: 1,
});
const bundleWith = (lag: number) =>
  ({
    scenario: {
      indicators: [indicator('overhead', 14), indicator('resultaat', 1)],
      characters: [],
      changeBudget: { start: 0, perQuarter: 0 },
      dynamics: [
        {
          id: 'marge',
          target: 'resultaat',
          from: 'overhead',
          pivot: 0,
          factor: -0.4,
          both: true,
          change: true,
          lag,
          reason: 'r',
          source: 'extrapolation: test',
        },
      ],
    },
    scan: { hours: 0, facts: [] },
    interventions: { interventions: [] },
    events: { events: [] },
    plan: { coaches: [], goals: [], leaders: [], reporting: [] },
    agenda: { items: [] },
    inspection: { visits: [] },
    stories: {},
  }) as unknown as ScenarioBundle;

/** Plays quarters 1…n; in quarter q the overhead moves by moves[q-1]. */
function play(b: ScenarioBundle, moves: number[]): SimState {
  let s = initialSimState(b, 1);
  moves.forEach((m, i) => {
    s = { ...s, quarter: i + 1, closed: false };
    s = applyEffects(b, s, [{ target: 'overhead', delta: m, lag: 0, ramp: 1 }], 'test');
    s = tick(b, s);
  });
  return s;
}

describe('change-based dynamics', () => {
  it('the margin ends at start − 0.4 × the total change in overhead, whatever the path (lag 0)', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -2, max: 2, noNaN: true }), { minLength: 1, maxLength: 6 }), (moves) => {
        const s = play(bundleWith(0), moves);
        const total = moves.reduce((a, m) => a + m, 0);
        expect(s.values.resultaat).toBeCloseTo(1 - 0.4 * total, 6);
      }),
    );
  });

  it('with a lag, the margin answers one quarter later, and not at all while overhead holds still', () => {
    const s = play(bundleWith(1), [-2, 0, 0]);
    expect(s.history.map((h) => h.resultaat)).toEqual([1, 1, 1.8, 1.8]);
    const still = play(bundleWith(1), [0, 0, 0, 0]);
    expect(still.values.resultaat).toBe(1);
    expect(still.ledger.filter((l) => l.cause === 'dyn:marge')).toEqual([]);
  });
});
