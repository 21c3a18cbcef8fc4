/** The facilitator's chart model: ranges that neither exaggerate nor leave the scale, axes, points and the table. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import type { IndicatorDef } from '../../src/sim/schema';
import { keyIndicators, moments, teamResult } from '../../src/view/compare';
import { chartModel, valueRange } from '../../src/view/facilitator-chart';
import { bundle } from './scenario';

const ind = (over: Partial<IndicatorDef> = {}): IndicatorDef => ({ ...keyIndicators(bundle)[0]!, ...over });

describe('the chart model', () => {
  it('a range holds the data, stays on the scale, and is never narrower than a tenth of it', () => {
    const i = ind({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }), (vs) => {
        const { lo, hi } = valueRange(i, vs);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(100);
        expect(hi - lo).toBeGreaterThanOrEqual(10 - 1e-9);
        for (const v of vs) {
          expect(v).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(v).toBeLessThanOrEqual(hi + 1e-9);
        }
      }),
    );
    // A flat line is shown as flat, not as a crisis: the range around it is a tenth of the scale.
    expect(valueRange(i, [50, 50])).toEqual({ lo: 45, hi: 55 });
  });

  it('has one series per team, one x label per moment, Dutch tick labels and the numbers as a table', () => {
    const full = teamResult('Rood', playToEnd(createGame({ bundle, seed: 3 }), RANDOM, rand(3)));
    const half = createGame({ bundle, seed: 4 });
    const r = rand(4);
    for (let k = 0; k < 60; k++) half.send(RANDOM(half, r));
    const stopped = teamResult('Blauw', half);
    const when = moments([full, stopped]);
    const decimal = keyIndicators(bundle).find((i) => i.decimals > 0)!;
    const m = chartModel(decimal, [full, stopped], when);
    expect(m.series.map((s) => s.name)).toEqual(['Rood', 'Blauw']);
    expect(m.xLabels).toEqual(['Start', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6', '+1 jaar']);
    // A game that stopped early has fewer points, and dashes in its table row.
    expect(m.series[1]!.points.length).toBeLessThan(m.series[0]!.points.length);
    expect(m.table.rows[1]!.cells).toContain('—');
    expect(m.table.head).toEqual(['Team', ...when.map((w) => w.label)]);
    expect(m.ticks).toHaveLength(3);
    for (const t of m.ticks) expect(t.label).toMatch(/^-?\d+,\d+$/);
    expect(m.note).toMatch(/^\((hoger|lager) is beter/);
  });
});
