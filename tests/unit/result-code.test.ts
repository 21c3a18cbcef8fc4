import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../src/game/base64url';
import { createGame } from '../../src/game/game';
import { CODE_PREFIX, fromResultCode, toResultCode } from '../../src/game/result-code';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { bundle } from './scenario';

const finished = (seed: number) => playToEnd(createGame({ bundle, seed }), RANDOM, rand(seed));

describe('result codes', () => {
  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decode(encode(bytes))).toEqual(bytes);
      }),
    );
  });

  it('round-trip: the imported game has the same log and the same state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const g = finished(seed);
        const r = fromResultCode(toResultCode(g), bundle);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.game.log).toEqual(g.log);
        expect(r.game.snapshot().machine.context.sim).toEqual(g.snapshot().machine.context.sim);
      }),
      { numRuns: 15 },
    );
  });

  it('is small enough for a QR code (well under 1,000 characters for a whole game)', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(toResultCode(finished(seed)).length).toBeLessThan(1000);
  });

  it('rejects garbage with a clear Dutch message and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => CODE_PREFIX + s),
          fc.anything(),
        ),
        (input) => {
          const r = fromResultCode(input, bundle);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a tampered code is rejected, or (when only unused bits changed) gives the very same game', () => {
    const g = finished(11);
    const code = toResultCode(g);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(
        fc.integer({ min: CODE_PREFIX.length, max: code.length - 1 }),
        fc.constantFrom(...alphabet),
        (at, ch) => {
          fc.pre(code[at] !== ch);
          const r = fromResultCode(code.slice(0, at) + ch + code.slice(at + 1), bundle);
          if (r.ok) expect(r.game.log).toEqual(g.log);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a valid code with anything stuck to its end', () => {
    const code = toResultCode(finished(4));
    for (const tail of ['A', 'AAAA', '-_', 'KOERS1-']) expect(fromResultCode(code + tail, bundle).ok).toBe(false);
  });

  it('says when a code belongs to another scenario version', () => {
    const other = { ...bundle, scenario: { ...bundle.scenario, contentVersion: bundle.scenario.contentVersion + 1 } };
    const r = fromResultCode(toResultCode(finished(3)), other);
    expect(r).toEqual({ ok: false, message: 'Deze code hoort bij een andere versie van het scenario.' });
  });
});
