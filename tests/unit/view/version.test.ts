/** A control drawn for an older version of the game cannot change it: the stale-click contract. */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/game/game';
import { RANDOM, rand } from '../../../src/game/strategies';
import { gameView } from '../../../src/view/game-view';
import { bundle } from '../scenario';

describe('events carry the version their control was drawn for', () => {
  it('the game takes an event for its current version and refuses one for an older version', () => {
    const g = createGame({ bundle, seed: 41 });
    const r = rand(41);
    for (let i = 0; i < 40; i++) {
      const drawn = gameView({
        bundle,
        snap: g.snapshot(),
        seed: 41,
        team: false,
        viewing: false,
        basis: null,
        code: '',
      });
      const e = RANDOM(g, r);
      expect(g.send(e, { version: drawn.version })).toBe(true);
      // A second click on the same old control: refused, nothing logged, nothing changed.
      const before = g.snapshot();
      const next = RANDOM(g, rand(i));
      expect(g.send(next, { version: drawn.version })).toBe(false);
      expect(g.log).toHaveLength(drawn.version + 1);
      expect(g.snapshot().machine).toBe(before.machine);
    }
  });
});
