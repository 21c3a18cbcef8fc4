import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Contribution, mainCause, shownChange } from '../../src/game/causes';
import { nl } from '../../src/view/format';

const c = (cause: string, delta: number): Contribution => ({ cause, label: cause, delta });

describe('"Waarom?": the change and its main cause', () => {
  it('rounds the change consistently with the displayed values', () => {
    expect(shownChange(0.64, 0.76, 1)).toBe(0.2); // 0,6 → 0,8 although the values moved 0,12
    expect(shownChange(0.55, 0.84, 1)).toBe(0.2); // 0,6 → 0,8, not +0,3
    expect(shownChange(8.96, 9.04, 1)).toBe(0);
    expect(shownChange(12.4, 11.6, 0)).toBe(0);
  });

  it('for any two values, the change is the difference of the numbers as printed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        (from, to, d) => {
          const printed = (v: number) => Number(nl(v, d).replace(/\./g, '').replace(',', '.').replace('−', '-'));
          expect(shownChange(from, to, d)).toBeCloseTo(printed(to) - printed(from), d + 6);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('names as main cause the largest factor pointing the way the indicator moved', () => {
    // Verandermoeheid +1: "komt er weer lucht" (−3) pulled the other way and is not the reason.
    const list = [c('lucht', -3), c('nieuw_project', 2.5), c('formulier', 1.5)];
    expect(mainCause(list)?.cause).toBe('nieuw_project');
    expect(mainCause([c('a', -0.2), c('b', 0.1)])?.cause).toBe('a');
    expect(mainCause([c('a', 1), c('b', -1)])).toBeUndefined();
    expect(mainCause([])).toBeUndefined();
  });

  it('for any contributions, the main cause has the sign of the total and no same-signed one is larger', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { maxLength: 8 }), (deltas) => {
        const list = deltas.map((d, i) => c(`c${i}`, d)).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
        const total = deltas.reduce((s, d) => s + d, 0);
        const main = mainCause(list);
        if (Math.abs(total) < 1e-9) {
          expect(main).toBeUndefined();
          return;
        }
        expect(Math.sign(main!.delta)).toBe(Math.sign(total));
        for (const x of list)
          if (Math.sign(x.delta) === Math.sign(total))
            expect(Math.abs(x.delta)).toBeLessThanOrEqual(Math.abs(main!.delta));
      }),
      { numRuns: 300 },
    );
  });
});
