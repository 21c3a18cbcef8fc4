import { describe, expect, it } from 'vitest';
import { baseCause } from '../../src/game/causes';
import { recap } from '../../src/game/debrief';
import { createGame } from '../../src/game/game';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { bundle } from './scenario';

const games = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
  const g = playToEnd(createGame({ bundle, seed }), RANDOM, rand(seed));
  return g.snapshot().machine.context.sim;
});

describe('the Terugblik: each decision with its own effects, once', () => {
  it('gives every answer in a conversation its own cause, so no two decisions share one', () => {
    for (const s of games) {
      const causes = s.decisions.flatMap((d) => (d.cause?.startsWith('ink:') ? [d.cause] : []));
      expect(causes.length).toBeGreaterThan(0);
      expect(new Set(causes).size).toBe(causes.length);
    }
  });

  it("counts each conversation's effects once over its decisions: a repeated one does not repeat the total", () => {
    const sum = (s: (typeof games)[number], cause: (c: string) => boolean) =>
      s.ledger.filter((e) => cause(e.cause)).reduce((t, e) => t + e.delta, 0);
    let repeated = 0;
    for (const s of games) {
      const bases = new Set(s.decisions.flatMap((d) => (d.cause?.startsWith('ink:') ? [baseCause(d.cause)] : [])));
      for (const base of bases) {
        const own = s.decisions.filter((d) => d.cause && baseCause(d.cause) === base);
        if (own.length > 1) repeated++;
        const parts = own.reduce((t, d) => t + sum(s, (c) => c === d.cause), 0) + sum(s, (c) => c === base);
        expect(parts, base).toBeCloseTo(
          sum(s, (c) => baseCause(c) === base),
          9,
        );
      }
    }
    expect(repeated).toBeGreaterThan(0);
  });

  it('lists a conversation put on the agenda and answered once, not twice', () => {
    for (const s of games) {
      const items = recap(bundle, s);
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1]!, items[i]!];
        const twice =
          a.decision.quarter === b.decision.quarter &&
          a.decision.label === b.decision.label &&
          !a.consequences.length &&
          a.decision.cause &&
          b.decision.cause &&
          baseCause(a.decision.cause) === baseCause(b.decision.cause);
        expect(twice, a.decision.label).toBeFalsy();
      }
    }
  });
});
