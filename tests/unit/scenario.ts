/**
 * The real scenario, loaded once per run by tests/setup/scenario.ts the same way the CLI loads it.
 * Test files share modules (vitest.config.ts: isolate false), so it is frozen: no test can change
 * what another one sees.
 */
import { inject } from 'vitest';

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

export const bundle = deepFreeze(inject('bundle'));

/**
 * The scenario with the whole deck in every hand (sim/hand.ts): for tests of what interventions do
 * in the model, which must be able to buy any of them, not of which cards a quarter offers.
 */
export const wholeDeck = deepFreeze({ ...bundle, hand: { ...bundle.hand, size: bundle.hand.cards.length } });
