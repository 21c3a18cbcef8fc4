import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExprError, evalExpr, exprRefs, parseExpr } from '../../src/sim/expr';

const vals: Record<string, number> = { verzuim: 9.5, 'trust.ruud': 40, 'flag.x': 1, 'fact.y': 0 };
const run = (src: string) => evalExpr(parseExpr(src), (p) => vals[p] ?? 0);

describe('condition language', () => {
  it('compares, combines and negates', () => {
    expect(run('verzuim > 9')).toBe(1);
    expect(run('verzuim > 9 and trust.ruud >= 60')).toBe(0);
    expect(run('verzuim > 9 and not fact.y')).toBe(1);
    expect(run('fact.y or flag.x')).toBe(1);
    expect(run('(fact.y or flag.x) and trust.ruud < 41')).toBe(1);
    expect(run('trust.ruud == 40 and verzuim != 9.5')).toBe(0);
    expect(run('verzuim > -1')).toBe(1);
  });

  it('lists the references it reads', () => {
    expect(exprRefs(parseExpr('verzuim > 9 and not (flag.a or bought.b)'))).toEqual(['verzuim', 'flag.a', 'bought.b']);
  });

  it.each(['verzuim >', '(verzuim > 9', 'verzuim > 9 )', 'and verzuim', 'verzuim $ 3', ''])(
    'rejects "%s" with a Dutch message',
    (src) => {
      expect(() => parseExpr(src)).toThrow(ExprError);
    },
  );

  it('never throws anything but ExprError, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (src) => {
        try {
          parseExpr(src);
        } catch (e) {
          expect(e).toBeInstanceOf(ExprError);
        }
      }),
    );
  });
});
