/**
 * The lean runtime (src/machines/lean-runtime.ts) plays the trajectory machine for batch runs. It
 * must be indistinguishable from XState's actor: the same games, move by move, with every
 * strategy at every length, including the board's early end, and the same answer to `can()`.
 */

import { describe, expect, it } from 'vitest';
import { assign, raise, setup } from 'xstate';
import { createGame, type Game } from '../../src/game/game';
import { rand, strategiesFor } from '../../src/game/strategies';
import type { PlayerEvent } from '../../src/machines/events';
import { leanActor } from '../../src/machines/lean-runtime';
import { lengthsOf } from '../../src/sim/lengths';
import { bundle } from './scenario';

const SEEDS = 12;
/** Moves a game could be offered at any point, legal or not, to compare `can()`. */
const PROBES: PlayerEvent[] = [
  { type: 'scan.finish' },
  { type: 'agenda.finish' },
  { type: 'verdict.continue' },
  { type: 'report.continue' },
  { type: 'final.continue' },
  { type: 'budget.submit', buy: [] },
  { type: 'budget.submit', buy: ['bestaat_niet'] },
  { type: 'interim.submit', lower: [] },
  { type: 'borging.submit', measures: [] },
];

/** Everything a reader of the machine can see. */
function seen(g: Game) {
  const m = g.snapshot().machine;
  return {
    value: m.value,
    status: m.status,
    tags: [...m.tags].sort(),
    context: { ...m.context, b: undefined },
    can: PROBES.map((e) => m.can(e)),
  };
}

describe('the lean runtime', () => {
  it('plays every strategy at every length exactly as XState does, move by move', () => {
    let games = 0;
    let moves = 0;
    let dismissed = 0;
    for (const [name, strategy] of Object.entries(strategiesFor(bundle)))
      for (const { id: length } of lengthsOf(bundle))
        for (let seed = 0; seed < SEEDS; seed++) {
          const x = createGame({ bundle, seed, length });
          const lean = createGame({ bundle, seed, length, actor: leanActor });
          const [rx, rl] = [rand(seed), rand(seed)];
          expect(seen(lean)).toEqual(seen(x));
          for (let i = 0; i < 5000 && !x.snapshot().machine.hasTag('debrief'); i++) {
            const move = strategy(x, rx);
            expect(strategy(lean, rl), `${name} ${length} ${seed}`).toEqual(move);
            expect(lean.send(move)).toBe(x.send(move));
            expect(seen(lean), `${name} ${length} ${seed} na ${move.type}`).toEqual(seen(x));
            moves++;
          }
          if (x.snapshot().machine.hasTag('debrief')) games++;
          if (x.snapshot().machine.context.sim.decisions.some((d) => d.phase === 'rvt')) dismissed++;
          expect(lean.log).toEqual(x.log);
        }
    // What the comparison covered: all games to the end, and the board's early end among them.
    expect(games).toBe(Object.keys(strategiesFor(bundle)).length * lengthsOf(bundle).length * SEEDS);
    expect(dismissed).toBeGreaterThan(0);
    expect(moves).toBeGreaterThan(games * 40);
  });

  it('refuses a machine with a feature it does not know, in Dutch, before playing', () => {
    const base = setup({ actions: { note: assign({ n: 1 }) } });
    const withExit = base.createMachine({
      context: { n: 0 },
      initial: 'a',
      states: { a: { exit: 'note', on: { go: 'b' } }, b: {} },
    });
    expect(() => leanActor(withExit, {})).toThrow(/snelle looptijd kent "exit" niet \(toestand "a"\)/);
    const delayed = base.createMachine({
      context: { n: 0 },
      initial: 'a',
      states: { a: { after: { 100: 'b' } }, b: {} },
    });
    expect(() => leanActor(delayed, {})).toThrow(/"after"/);
    const parallel = base.createMachine({ context: { n: 0 }, type: 'parallel', states: { a: {}, b: {} } });
    expect(() => leanActor(parallel, {})).toThrow(/type "parallel"/);
    const raising = setup({ actions: { poke: raise({ type: 'go' }) } }).createMachine({
      initial: 'a',
      states: { a: { on: { go: { target: 'b', actions: 'poke' } } }, b: {} },
    });
    expect(() => leanActor(raising, {})).toThrow(/de actie "poke" \(alleen assign\) niet \(toestand "a"\)/);
  });
});
