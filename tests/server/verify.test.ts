import { describe, expect, it } from 'vitest';
import { scenarioIds, verifier } from '../../server/verify';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { bundle } from '../unit/scenario';

/** A team's game on a session's seed and length: `steps` moves, or to the end. */
function played(seed: number, length: string, steps?: number) {
  const game = createGame({ bundle, seed, length });
  if (steps === undefined) return playToEnd(game, RANDOM, rand(seed));
  const r = rand(seed);
  while (game.log.length < steps) if (!game.send(RANDOM(game, r))) throw new Error('zet geweigerd');
  return game;
}

describe('result verification by replay', () => {
  const verify = verifier(bundle);

  it('accepts a team’s finished game and an interim one, with the replay’s own event count', () => {
    for (const seed of [482913, 100001]) {
      const done = played(seed, 'masterclass');
      expect(verify(toResultCode(done), { seed, length: 'masterclass' })).toEqual({
        ok: true,
        events: done.log.length,
        final: true,
      });
      const half = played(seed, 'masterclass', 20);
      expect(verify(toResultCode(half), { seed, length: 'masterclass' })).toEqual({
        ok: true,
        events: 20,
        final: false,
      });
    }
  });

  it('refuses a game on another seed or another length, and a tampered code', () => {
    const code = toResultCode(played(482913, 'masterclass', 30));
    expect(verify(code, { seed: 482914, length: 'masterclass' })).toMatchObject({ ok: false, message: /sessiecode/ });
    expect(verify(code, { seed: 482913, length: 'volledig' })).toMatchObject({ ok: false, message: /spelduur/ });
    const i = code.length - 12;
    const flipped = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(verify(flipped, { seed: 482913, length: 'masterclass' })).toMatchObject({ ok: false });
    expect(verify('KOERS1-', { seed: 482913, length: 'masterclass' })).toMatchObject({ ok: false });
  });

  it('knows the scenario’s lengths, dilemmas and sets', () => {
    const ids = scenarioIds(bundle);
    expect(ids.lengths).toEqual(expect.arrayContaining(['volledig', 'masterclass']));
    for (const set of Object.values(ids.sets)) for (const id of set) expect(ids.dilemmas).toContain(id);
  });
});
