/**
 * Game lengths (sim/lengths.ts): a masterclass game is the same trajectory over 2 + 2 quarters,
 * and its length travels with it through saves and result codes, never replaying as the other.
 */
import { describe, expect, it } from 'vitest';
import { readBody, writeBody } from '../../src/game/event-codec';
import { createGame } from '../../src/game/game';
import { fromResultCode, seal, toResultCode, unseal } from '../../src/game/result-code';
import { loadSave, toSave } from '../../src/game/save';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { atLength, lengthsOf, periodEnds } from '../../src/sim/lengths';
import type { ScenarioBundle } from '../../src/sim/schema';
import { gameView, phaseLabel } from '../../src/view/game-view';
import { bundle } from './scenario';

/** The top-level phases a game went through, with the quarter number for quarters. */
function phasesOf(seed: number, length: string) {
  const game = createGame({ bundle, seed, length });
  const phases: string[] = [];
  const labels: string[] = [];
  const view = () =>
    gameView({ bundle: game.bundle, snap: game.snapshot(), seed, team: false, viewing: false, basis: null, code: '' })
      .screen;
  /** What each quarterly report says comes next. */
  const next: string[] = [];
  game.subscribe((s) => {
    const screen = s.machine.hasTag('report') && !s.dialogue ? view() : null;
    if (screen?.kind === 'report' && next.length < s.machine.context.sim.quarter) next.push(screen.next);
    const m = s.machine;
    const top = typeof m.value === 'string' ? m.value : Object.keys(m.value)[0];
    const p = top === 'quarter' ? `quarter ${m.context.sim.quarter}` : String(top);
    if (phases.at(-1) !== p) {
      phases.push(p);
      labels.push(phaseLabel(game.bundle, s));
    }
  });
  playToEnd(game, RANDOM, rand(seed));
  const end = view();
  return { game, phases, labels, next, columns: end.kind === 'debrief' ? end.history.columns : [] };
}

const masterclass = (seed: number) =>
  playToEnd(createGame({ bundle, seed, length: 'masterclass' }), RANDOM, rand(seed));

describe('lengths', () => {
  it('the scenario declares the full trajectory first (3 + 3) and a masterclass (2 + 2)', () => {
    expect(lengthsOf(bundle).map((l) => [l.id, l.periods])).toEqual([
      ['volledig', [3, 3]],
      ['masterclass', [2, 2]],
    ]);
    // The full length is the scenario's own bundle: full games are exactly the games from before lengths.
    expect(atLength(bundle, 'volledig')).toBe(bundle);
    expect(createGame({ bundle, seed: 1 }).bundle).toBe(bundle);
    expect(periodEnds(bundle)).toEqual([3, 6]);
    const m = atLength(bundle, 'masterclass') as ScenarioBundle;
    expect([m.scenario.quarters, m.length, m.fingerprint, periodEnds(m)]).toEqual([
      4,
      'masterclass',
      bundle.fingerprint,
      [2, 4],
    ]);
    expect(atLength(m, 'volledig')).toBe(bundle);
    expect(atLength(bundle, 'kort')).toBeUndefined();
    expect(() => createGame({ bundle, seed: 1, length: 'kort' })).toThrow();
  });

  it('a version archived before lengths has only the full length, split 3 + 3', () => {
    const { lengths: _, ...old } = bundle.scenario;
    const archived = { ...bundle, scenario: old };
    expect(lengthsOf(archived).map((l) => [l.id, l.periods])).toEqual([['volledig', [3, 3]]]);
  });

  it('a masterclass game goes to the interim evaluation after quarter 2, to borging after quarter 4, and ends', () => {
    let undismissed = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { game, phases, labels, next, columns } = phasesOf(seed, 'masterclass');
      expect(game.snapshot().machine.status).toBe('done');
      if (phases.includes('dismissal')) continue;
      undismissed++;
      expect(phases.slice(phases.indexOf('quarter 1'))).toEqual([
        'quarter 1',
        'quarter 2',
        'interim',
        'quarter 3',
        'quarter 4',
        'borging',
        'final',
        'epilogue',
        'debrief',
      ]);
      expect(labels.filter((l) => l.startsWith('Actieperiode'))).toEqual([
        'Actieperiode 1 · kwartaal 1',
        'Actieperiode 1 · kwartaal 2',
        'Actieperiode 2 · kwartaal 3',
        'Actieperiode 2 · kwartaal 4',
      ]);
      expect(game.snapshot().machine.context.sim.history).toHaveLength(5);
      expect(next).toEqual([
        'Volgend kwartaal',
        'Verder naar de tussenevaluatie',
        'Volgend kwartaal',
        'Verder naar de borging',
      ]);
      expect(columns).toEqual(['Start', 'K1', 'K2', 'K3', 'K4', 'Een jaar later']);
    }
    expect(undismissed).toBeGreaterThan(0);
  });

  it('a save carries the length and replays at it; the same log at the full length does not load', () => {
    const game = masterclass(7);
    const save = toSave(game);
    expect(save.length).toBe('masterclass');
    const back = loadSave(JSON.stringify(save), () => bundle);
    expect(back.ok && [back.game.bundle.length, back.game.log]).toEqual(['masterclass', game.log]);
    const { length: _, ...asFull } = save;
    expect(loadSave(JSON.stringify(asFull), () => bundle).ok).toBe(false);
    const unknown = loadSave(JSON.stringify({ ...save, length: 'kort' }), () => bundle);
    expect(!unknown.ok && unknown.message).toMatch(/speellengte/);
    // A full game's save says nothing about length, as saves did before lengths.
    expect('length' in toSave(createGame({ bundle, seed: 7 }))).toBe(false);
  });

  it('a result code carries the length; without it, or with a length byte that does not fit, it is refused', () => {
    const game = masterclass(8);
    const code = toResultCode(game);
    const back = fromResultCode(code, bundle);
    expect(back.ok && [back.game.bundle.length, back.game.log]).toEqual(['masterclass', game.log]);
    const opened = unseal(code);
    if (!opened.ok) throw new Error(opened.message);
    const body = readBody(bundle, opened.body);
    expect(body.length).toBe('masterclass');
    expect(opened.body.at(-1)).toBe(1);
    // The same log as a full-length game does not replay: its steps do not fit.
    const { length: _, ...full } = body;
    expect(fromResultCode(seal(writeBody(bundle, full)), bundle).ok).toBe(false);
    for (const byte of [0, 2, 255]) {
      const bytes = Uint8Array.from([...opened.body.subarray(0, -1), byte]);
      const r = fromResultCode(seal(bytes), bundle);
      expect(!r.ok && r.message).toMatch(/beschadigd/);
    }
  });
});
