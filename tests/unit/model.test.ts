import { describe, expect, it } from 'vitest';
import { contributions } from '../../src/game/causes';
import { applyEffects, initialSimState, reportedValue, tick } from '../../src/sim/model';
import { scenarioIndex } from '../../src/sim/scenario-index';
import type { ScenarioBundle } from '../../src/sim/schema';

// A tiny hand-made scenario: just what the model functions read.
const b = {
  scenario: {
    indicators: [
      {
        id: 'verzuim',
        label: 'Verzuim',
        group: 'medewerkers',
        unit: '%',
        start: 8,
        min: 0,
        max: 20,
        better: -1,
        decimals: 1,
        reportedOffset: -1,
        revealedBy: 'registratie',
      },
      {
        id: 'werkdruk',
        label: 'Werkdruk',
        group: 'medewerkers',
        unit: '',
        start: 70,
        min: 0,
        max: 100,
        better: -1,
        decimals: 0,
      },
    ],
    characters: [{ id: 'ans', trust: 40 }],
    changeBudget: { start: 100, perQuarter: 50 },
    dynamics: [
      {
        id: 'druk',
        target: 'verzuim',
        from: 'werkdruk',
        pivot: 60,
        factor: 0.05,
        both: false,
        reason: 'Hoge werkdruk',
        source: 'extrapolation: test',
      },
    ],
  },
  scan: { hours: 10, facts: [{ id: 'registratie' }] },
  interventions: { interventions: [] },
  events: { events: [] },
  plan: { coaches: [], goals: [], leaders: [], reporting: [] },
  agenda: { items: [] },
  inspection: { visits: [] },
  stories: {},
} as unknown as ScenarioBundle;

describe('effects with lags and ramps', () => {
  it('applies lag-0 effects now and books them in the ledger', () => {
    const s = applyEffects(b, initialSimState(b, 1), [{ target: 'trust.ans', delta: 5, lag: 0, ramp: 1 }], 'test');
    expect(s.trust.ans).toBe(45);
    expect(s.ledger).toEqual([{ quarter: 0, target: 'trust.ans', delta: 5, cause: 'test' }]);
  });

  it('spreads a delayed effect over its ramp, starting after its lag', () => {
    let s = { ...initialSimState(b, 1), quarter: 1 };
    s = applyEffects(b, s, [{ target: 'verzuim', delta: -2, lag: 1, ramp: 2 }], 'iv:pilot');
    const seen: number[] = [];
    for (let q = 1; q <= 4; q++) {
      s = tick(b, { ...s, quarter: q, values: { ...s.values, werkdruk: 60 } });
      seen.push(s.values.verzuim!);
    }
    expect(seen.map((v) => +v.toFixed(3))).toEqual([8, 7, 6, 6]);
    expect(s.pending).toEqual([]);
  });

  it('clamps to the bounds and books only the real change, so contributions add up', () => {
    let s = applyEffects(b, initialSimState(b, 1), [{ target: 'verzuim', delta: -50, lag: 0, ramp: 1 }], 'x');
    expect(s.values.verzuim).toBe(0);
    expect(s.ledger[0]!.delta).toBe(-8);
    s = tick(b, { ...s, quarter: 1 });
    const total = contributions(b, s, 1, 'verzuim').reduce((a, c) => a + c.delta, 0);
    expect(total).toBeCloseTo(s.history[1]!.verzuim! - s.history[0]!.verzuim!, 9);
  });

  it('runs the dynamics: werkdruk above its pivot pushes verzuim up', () => {
    const s = tick(b, { ...initialSimState(b, 1), quarter: 1 });
    expect(s.values.verzuim).toBeCloseTo(8 + (70 - 60) * 0.05, 9);
    expect(contributions(b, s, 1, 'verzuim')[0]).toMatchObject({ cause: 'dyn:druk', label: 'Hoge werkdruk' });
  });

  it('shows the dashboard value until the hidden fact is uncovered', () => {
    const s = initialSimState(b, 1);
    expect(reportedValue(b, s, 'verzuim')).toBe(7);
    expect(reportedValue(b, { ...s, facts: { registratie: 0 } }, 'verzuim')).toBe(8);
  });
});

describe('scenario index', () => {
  it('finds items by id and fails loudly, naming kind and id, when one does not exist', () => {
    const index = scenarioIndex(b);
    expect(index.get('indicator', 'verzuim')).toBe(b.scenario.indicators[0]);
    expect(index.find('indicator', 'onbekend')).toBeUndefined();
    expect(() => index.get('indicator', 'onbekend')).toThrow(/indicator "onbekend"/);
    // Built once per bundle: the same index object answers every later lookup.
    expect(scenarioIndex(b)).toBe(index);
  });
});
