import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRandom, seedState } from '../../src/sim/rng';

describe('seeded randomness', () => {
  it('gives the same stream for the same seed, in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        let a = seedState(seed);
        let b = seedState(seed);
        for (let i = 0; i < 20; i++) {
          const x = nextRandom(a);
          const y = nextRandom(b);
          expect(x.value).toBe(y.value);
          expect(x.value).toBeGreaterThanOrEqual(0);
          expect(x.value).toBeLessThan(1);
          a = x.state;
          b = y.state;
        }
      }),
    );
  });

  it('differs between neighbouring seeds', () => {
    expect(nextRandom(seedState(1)).value).not.toBe(nextRandom(seedState(2)).value);
  });
});
