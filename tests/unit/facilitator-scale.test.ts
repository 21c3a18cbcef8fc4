/** The facilitator's import stays bounded for junk, and many teams get one row each, not one per pair. */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { playToEnd, rand, strategiesFor } from '../../src/game/strategies';
import { candidatesFromFile, departures, MAX_STRAYS, pairs, splitCodes, teamResult } from '../../src/view/compare';
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

  it('one departure row per team, where pairs would be n(n-1)/2', () => {
    expect(pairs(teams)).toHaveLength(190);
    expect(departures(teams)).toHaveLength(20);
  });

  it("a team's departure is the first decision where it differs from the path most teams took", () => {
    for (const { team, at } of departures(teams)) {
      if (!at) continue;
      const own = team.sim.decisions[at.index];
      expect(own?.label !== at.b?.label || own?.detail !== at.b?.detail).toBe(true);
    }
    // Up to its departure a team shared every decision with each team that left later (or never).
    const rows = departures(teams);
    const at = (r: (typeof rows)[number]) => r.at?.index ?? Number.POSITIVE_INFINITY;
    for (const a of rows)
      for (const b of rows) {
        if (at(b) < at(a)) continue;
        const upTo = Math.min(at(a), a.team.sim.decisions.length);
        for (let i = 0; i < upTo; i++) {
          expect(b.team.sim.decisions[i]?.label).toBe(a.team.sim.decisions[i]?.label);
          expect(b.team.sim.decisions[i]?.detail).toBe(a.team.sim.decisions[i]?.detail);
        }
      }
    // Identical games never depart from each other: two copies of one game share their row's answer.
    const same = departures([teams[0]!, teamResult('Kopie', play(482913, 'hoge-weg')), teams[0]!]);
    expect(same[0]!.at).toBeNull();
  });
});
