/** The facilitator's import stays bounded for junk, and many teams get one row each, not one per pair. */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { playToEnd, rand, strategiesFor } from '../../src/game/strategies';
import { teamResult } from '../../src/view/compare';
import { candidatesFromFile, MAX_STRAYS, splitCodes } from '../../src/view/compare-input';
import { forks } from '../../src/view/facilitator-timeline';
import { bundle } from './scenario';

const strategies = strategiesFor(bundle);
const play = (seed: number, strategy: string) =>
  playToEnd(createGame({ bundle, seed }), strategies[strategy]!, rand(seed));

describe('junk input', () => {
  const junk = Array.from({ length: 20_000 }, (_, i) => `onzin${i}abcdefghijklmnopqrstuvwxyz`).join('\n');

  it('a text file without a code gives nothing to check', () => {
    expect(candidatesFromFile('rommel.txt', junk)).toEqual([]);
  });

  it('long tokens that are not codes are reported only up to a few', () => {
    const code = toResultCode(play(5, 'hoge-weg'));
    const split = splitCodes(`${junk}\n${code}`);
    expect(split).toHaveLength(MAX_STRAYS + 1);
    expect(split.at(-1)).toBe(code);
  });
});

describe('many teams', () => {
  const names = ['hoge-weg', 'lage-weg', 'big-bang', 'niets-doen', 'random'];
  const teams = Array.from({ length: 20 }, (_, i) =>
    teamResult(`Team ${i + 1}`, play(482913 + (i % 3), names[i % names.length]!)),
  );

  it('the timeline has fewer splits than teams, where a table of pairs would have n(n-1)/2 rows', () => {
    const all = forks(teams);
    expect(all.length).toBeLessThan(teams.length);
    // Every team is in the first group that splits, and each split is a group seen before it.
    expect(all[0]!.together).toHaveLength(teams.length);
    for (const f of all.slice(1))
      expect(
        all.some((g) => g.index < f.index && g.branches.some((b) => f.together.every((t) => b.teams.includes(t)))),
      ).toBe(true);
  });
});
