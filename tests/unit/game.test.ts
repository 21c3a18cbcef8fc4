import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../src/game/game';
import { loadSave, toSave } from '../../src/game/save';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { bundle } from './scenario';

const bundles = (id: string) => (id === bundle.scenario.id ? bundle : undefined);
const state = (g: Game) => {
  const s = g.snapshot();
  return { value: s.machine.value, sim: s.machine.context.sim, dialogue: s.dialogue };
};
const replay = (g: Game) => {
  const copy = createGame({ bundle, seed: g.seed });
  for (const e of g.log) expect(copy.send(e)).toBe(true);
  return copy;
};

describe('the game as a pure function of (scenario, seed, log)', () => {
  it('replaying any valid log, whole or cut short, gives an identical state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.nat(400), (seed, cut) => {
        const g = playToEnd(createGame({ bundle, seed }), RANDOM, rand(seed));
        expect(state(replay(g))).toEqual(state(g));
        const part = createGame({ bundle, seed });
        for (const e of g.log.slice(0, cut % (g.log.length + 1))) part.send(e);
        expect(state(replay(part))).toEqual(state(part));
      }),
      { numRuns: 25 },
    );
  });

  it('keeps every indicator and trust level within its bounds under random play', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const g = playToEnd(createGame({ bundle, seed }), RANDOM, rand(seed ^ 7));
        const { sim } = g.snapshot().machine.context;
        for (const values of [...sim.history, sim.epilogue!])
          for (const ind of bundle.scenario.indicators) {
            expect(values[ind.id]).toBeGreaterThanOrEqual(ind.min);
            expect(values[ind.id]).toBeLessThanOrEqual(ind.max);
          }
        for (const t of Object.values(sim.trust)) {
          expect(t).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThanOrEqual(100);
        }
        expect(sim.budget).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 40 },
    );
  });

  it('plays the same whether its ink stories are new or handed on by games that ended before', () => {
    // A copy of the scenario whose stories no earlier test has used: its first games build new Stories.
    const unused = () => ({
      ...bundle,
      stories: Object.fromEntries(Object.entries(bundle.stories).map(([id, json]) => [id, `${json} `])),
    });
    /** A random player that can stop after some moves and go on later. */
    const player = (g: Game, seed: number) => {
      const r = rand(seed);
      const seen: unknown[] = [];
      g.subscribe((s) => seen.push(s.dialogue));
      const run = (moves = Number.POSITIVE_INFINITY) => {
        for (let i = 0; i < moves && !g.snapshot().machine.hasTag('debrief'); i++)
          expect(g.send(RANDOM(g, r))).toBe(true);
        return { ...state(g), log: g.log, seen };
      };
      return run;
    };
    const b = unused();
    const first = player(createGame({ bundle: b, seed: 5 }), 5)();
    // One game half played while another runs from start to end and hands its stories back.
    const half = player(createGame({ bundle: b, seed: 6 }), 6);
    half(40);
    player(createGame({ bundle: b, seed: 7 }), 7)();
    expect(half()).toEqual(player(createGame({ bundle: unused(), seed: 6 }), 6)());
    // The first game again, now on stories that served three games before.
    expect(player(createGame({ bundle: b, seed: 5 }), 5)()).toEqual(first);
  });

  it('refuses moves that are not allowed now, and logs nothing for them', () => {
    const g = createGame({ bundle, seed: 3 });
    expect(g.send({ type: 'budget.submit', buy: [] })).toBe(false);
    expect(g.send({ type: 'dialogue.choose', index: 99 })).toBe(false);
    expect(g.log).toEqual([]);
  });
});

describe('saves', () => {
  it('round-trip: a loaded save is the same game at the same point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.nat(300), (seed, cut) => {
        const full = playToEnd(createGame({ bundle, seed }), RANDOM, rand(seed));
        const g = createGame({ bundle, seed });
        for (const e of full.log.slice(0, cut % full.log.length)) g.send(e);
        const r = loadSave(JSON.stringify(toSave(g)), bundles);
        expect(r.ok).toBe(true);
        if (r.ok) expect(state(r.game)).toEqual(state(g));
      }),
      { numRuns: 20 },
    );
  });

  it('never throws on arbitrary input, and always explains in Dutch', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.uint8Array().map((b) => String.fromCharCode(...b)),
          fc.anything(),
        ),
        (input) => {
          const r = loadSave(input, bundles);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message).toMatch(/spel|Koers|scenario/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects a tampered log, another scenario and another content version with their own message', () => {
    const g = createGame({ bundle, seed: 9 });
    g.send({ type: 'dialogue.close' });
    const save = toSave(g);
    const msg = (x: unknown) => {
      const r = loadSave(JSON.stringify(x), bundles);
      return r.ok ? 'ok' : r.message;
    };
    expect(msg(save)).toBe('ok');
    expect(msg({ ...save, events: [{ type: 'final.continue' }] })).toContain('klopt niet');
    expect(msg({ ...save, scenario: 'elders' })).toContain('bestaat hier niet');
    expect(msg({ ...save, contentVersion: 99 })).toContain('veranderd');
    expect(msg({ ...save, version: 2 })).toContain('andere versie');
  });
});
