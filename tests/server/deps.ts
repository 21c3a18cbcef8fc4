/** Deterministic stand-ins for the server's randomness, hashing and clock, for the pure rules. */
import type { Deps, Verified } from '../../server/decide';

export function fakeDeps(over: Partial<Deps> = {}): Deps {
  let n = 0;
  return {
    now: 1_000,
    newSecret: () => `secret-${String(++n).padStart(12, '0')}`,
    // Not the real hash, but like it does not contain what it hides.
    hash: (s) => `h${[...s].reverse().join('')}`,
    verify: (code) => {
      // "events:final" stands for a result code in these tests.
      const [events, final] = code.split(':');
      return Number.isInteger(Number(events))
        ? ({ ok: true, events: Number(events), final: final === 'final' } satisfies Verified)
        : { ok: false, message: 'kapot' };
    },
    scenario: {
      lengths: ['volledig', 'masterclass'],
      dilemmas: ['a', 'b', 'c', 'd'],
      sets: { set1: ['a', 'b', 'c'] },
    },
    randomSeed: () => 424242,
    ...over,
  };
}
