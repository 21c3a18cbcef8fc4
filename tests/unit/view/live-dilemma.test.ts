/** A live dilemma session's texts come from the scenario; its CSV holds both votes and the arguments. */
import { describe, expect, it } from 'vitest';
import type { Tally } from '../../../src/live/protocol';
import { countsFor, dilemmaSets, liveDilemma, liveDilemmaCsv, sessionDilemmas } from '../../../src/view/live-dilemma';
import { bundle } from '../scenario';

const tally = (question: string, stage: Tally['stage'], counts: number[]): Tally => ({
  question,
  stage,
  counts,
  votes: counts.reduce((a, b) => a + b, 0),
  revealed: true,
});

describe('live dilemmas', () => {
  it('every ready-made set opens with two or more options per dilemma (the protocol takes 2–9)', () => {
    const sets = dilemmaSets(bundle);
    expect(sets.length).toBeGreaterThan(0);
    for (const set of bundle.dilemmas.sets)
      for (const d of sessionDilemmas(bundle, set.dilemmas)) {
        expect(d.title).not.toBe(d.id);
        expect(d.options.length).toBeGreaterThanOrEqual(2);
        expect(d.options.length).toBeLessThanOrEqual(9);
      }
  });

  it('counts a tally only for its own question, and zero for options nobody chose', () => {
    const t = tally('a', 'team', [2]);
    expect(countsFor(t, 'a', 3)).toEqual([2, 0, 0]);
    expect(countsFor(t, 'b', 2)).toEqual([0, 0]);
    expect(countsFor(undefined, 'a', 2)).toEqual([0, 0]);
  });

  it('writes one CSV row per option with the individual and the team votes, and the arguments once', () => {
    const [first, second] = sessionDilemmas(bundle, bundle.dilemmas.sets[0]!.dilemmas);
    const n = first!.options.length;
    const csv = liveDilemmaCsv(
      [first!, second!],
      {
        [`${first!.id}:individual`]: tally(first!.id, 'individual', [1, 2]),
        [`${first!.id}:team`]: tally(first!.id, 'team', [3]),
      },
      { [first!.id]: '=SOM(A1) "quote"; puntkomma' },
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + n + second!.options.length);
    expect(lines[1]).toMatch(/;A;".*";1;3;"'=SOM\(A1\) ""quote""; puntkomma"$/);
    expect(lines[2]).toMatch(/;B;".*";2;0;$/);
    // A dilemma without votes has empty vote cells, not zeros.
    expect(lines[1 + n]).toMatch(/;A;".*";;;""$/);
  });

  it('an unknown dilemma id gives an empty dilemma, never a throw', () => {
    expect(liveDilemma(bundle, 'bestaat-niet')).toEqual({
      id: 'bestaat-niet',
      title: 'bestaat-niet',
      situation: '',
      options: [],
    });
  });
});
