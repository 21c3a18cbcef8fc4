/** The facilitator's comparison kept across a reload: what is kept, and how it reads back. */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { fromResultCode } from '../../src/game/result-code';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { importCandidates } from '../../src/view/compare-input';
import { codeToKeep, readSaved, savedText } from '../../src/view/facilitator-saved';
import { bundle } from './scenario';

const game = playToEnd(createGame({ bundle, seed: 77 }), RANDOM, rand(77));

describe('the kept comparison', () => {
  it('keeps each team as a code, its name and its source, and reads them in again under that name', () => {
    const kept = [{ code: codeToKeep(game), name: 'Team Rood', source: 'Code 3' }];
    const back = readSaved(savedText(kept));
    expect(back).toEqual(kept);
    const r = fromResultCode(back[0]!.code, bundle);
    expect(r.ok && r.game.log).toEqual(game.log);
    const { accepted } = importCandidates(
      back.map((s) => ({ label: s.source, text: s.code, name: s.name })),
      bundle,
    );
    expect(accepted.map((a) => [a.label, a.team])).toEqual([['Code 3', 'Team Rood']]);
  });

  it('ignores anything that is not a kept comparison, without throwing', () => {
    for (const junk of [
      null,
      '',
      '{',
      '[]',
      '{"format":"koers-save"}',
      '{"format":"koers-vergelijking","teams":[{"code":1}]}',
    ])
      expect(readSaved(junk)).toEqual([]);
  });
});
