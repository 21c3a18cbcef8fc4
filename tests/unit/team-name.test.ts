import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBody, writeBody } from '../../src/game/event-codec';
import { createGame } from '../../src/game/game';
import { fromResultCode, seal, toResultCode, unseal } from '../../src/game/result-code';
import { loadSave, toSave } from '../../src/game/save';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { cleanTeamName, MAX_TEAM_NAME } from '../../src/game/team-name';
import { bundle } from './scenario';

const game = (() => {
  const g = createGame({ bundle, seed: 5150 });
  const r = rand(5150);
  for (let i = 0; i < 30; i++) g.send(RANDOM(g, r));
  return g;
})();
const bodyOf = (code: string) => {
  const opened = unseal(code);
  if (!opened.ok) throw new Error(opened.message);
  return readBody(bundle, opened.body);
};

describe('team names', () => {
  it('are cleaned: spaces and control characters collapsed, trimmed, at most 40 characters', () => {
    expect(cleanTeamName('  Team\t\nOost  ')).toBe('Team Oost');
    expect(cleanTeamName('a\u0000b')).toBe('a b');
    expect(cleanTeamName('   ')).toBe('');
    expect([...cleanTeamName('🌷'.repeat(60))]).toHaveLength(MAX_TEAM_NAME);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(cleanTeamName(cleanTeamName(s))).toBe(cleanTeamName(s));
      }),
    );
  });

  it('travel in the result code and come back exactly as cleaned, the game unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (raw) => {
        const r = fromResultCode(toResultCode(game, raw), bundle);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.team).toBe(cleanTeamName(raw) || undefined);
        expect(r.game.log).toEqual(game.log);
      }),
      { numRuns: 60 },
    );
  });

  it('leave a code without a name byte for byte as before (older codes read as they did)', () => {
    const plain = toResultCode(game);
    expect(toResultCode(game, '   ')).toBe(plain);
    expect(bodyOf(plain).team).toBeUndefined();
    const named = toResultCode(game, 'Team Oost');
    expect(named).not.toBe(plain);
    expect(bodyOf(named).team).toBe('Team Oost');
  });

  it('work with a shorter game length too', () => {
    const g = playToEnd(createGame({ bundle, seed: 12, length: 'masterclass' }), RANDOM, rand(12));
    const r = fromResultCode(toResultCode(g, 'Rood'), bundle);
    expect(r.ok && [r.team, r.game.bundle.length]).toEqual(['Rood', 'masterclass']);
  });

  it('refuse a forged name that is not valid UTF-8 or not as cleaned, with a Dutch message', () => {
    const body = bodyOf(toResultCode(game));
    const bytes = writeBody(bundle, { ...body, team: 'ab' });
    // The name's two bytes are the last ones: make them an unfinished UTF-8 sequence.
    bytes[bytes.length - 2] = 0xc3;
    bytes[bytes.length - 1] = 0x28;
    const broken = fromResultCode(seal(bytes), bundle);
    expect(!broken.ok && broken.message).toMatch(/^De resultaatcode is beschadigd/);
    const untidy = fromResultCode(seal(writeBody(bundle, { ...body, team: ' Oost ' })), bundle);
    expect(!untidy.ok && untidy.message).toMatch(/teamnaam/);
    const tail = writeBody(bundle, { ...body, team: 'x' });
    const extra = fromResultCode(seal(Uint8Array.from([...tail, 0x80])), bundle);
    expect(!extra.ok && extra.message).toMatch(/beschadigd/);
  });

  it('are kept in the save (a reload keeps the name), cleaned again when read', () => {
    const save = toSave(game, undefined, true, 'Team Oost');
    const back = loadSave(JSON.stringify(save), () => bundle);
    expect(back.ok && [back.team, back.teamName]).toEqual([true, 'Team Oost']);
    const untidy = loadSave(JSON.stringify({ ...save, teamName: ' a\n b ' }), () => bundle);
    expect(untidy.ok && untidy.teamName).toBe('a b');
    const none = loadSave(JSON.stringify(toSave(game)), () => bundle);
    expect(none.ok && none.teamName).toBeUndefined();
  });
});
