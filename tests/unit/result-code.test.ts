import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../src/game/base64url';
import { readBody, writeBody } from '../../src/game/event-codec';
import { createGame } from '../../src/game/game';
import { CODE_PREFIX, fromResultCode, seal, toResultCode, unseal } from '../../src/game/result-code';
import { loadSave, toSave } from '../../src/game/save';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { bundleFingerprint } from '../../src/sim/fingerprint';
import type { ScenarioBundle } from '../../src/sim/schema';
import { bundle } from './scenario';

const finished = (seed: number) => playToEnd(createGame({ bundle, seed }), RANDOM, rand(seed));

describe('result codes', () => {
  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decode(encode(bytes))).toEqual(bytes);
      }),
    );
  });

  it('round-trip: the imported game has the same log and the same state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const g = finished(seed);
        const r = fromResultCode(toResultCode(g), bundle);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.game.log).toEqual(g.log);
        expect(r.game.snapshot().machine.context.sim).toEqual(g.snapshot().machine.context.sim);
      }),
      { numRuns: 15 },
    );
  });

  it('is small enough for a QR code (well under 1,000 characters for a whole game)', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(toResultCode(finished(seed)).length).toBeLessThan(1000);
  });

  it('rejects garbage with a clear Dutch message and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => CODE_PREFIX + s),
          fc.anything(),
        ),
        (input) => {
          const r = fromResultCode(input, bundle);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a tampered code is rejected, or (when only unused bits changed) gives the very same game', () => {
    const g = finished(11);
    const code = toResultCode(g);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(
        fc.integer({ min: CODE_PREFIX.length, max: code.length - 1 }),
        fc.constantFrom(...alphabet),
        (at, ch) => {
          fc.pre(code[at] !== ch);
          const r = fromResultCode(code.slice(0, at) + ch + code.slice(at + 1), bundle);
          if (r.ok) expect(r.game.log).toEqual(g.log);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a valid code with anything stuck to its end', () => {
    const code = toResultCode(finished(4));
    for (const tail of ['A', 'AAAA', '-_', 'KOERS1-']) expect(fromResultCode(code + tail, bundle).ok).toBe(false);
  });

  it('says when a code belongs to another scenario version', () => {
    const other = { ...bundle, scenario: { ...bundle.scenario, contentVersion: bundle.scenario.contentVersion + 1 } };
    const r = fromResultCode(toResultCode(finished(3)), other);
    expect(r).toEqual({ ok: false, message: 'Deze code hoort bij een andere versie van het scenario.' });
  });
});

describe('forged codes (a payload changed and its checksum recomputed)', () => {
  const g = finished(21);
  const opened = unseal(toResultCode(g));
  if (!opened.ok) throw new Error(opened.message);
  const body = readBody(bundle, opened.body);

  it('give a legal game that replays to the same state, or a Dutch message', () => {
    let legal = 0;
    fc.assert(
      fc.property(
        // A shorter log with its count rewritten, then a few bytes changed anywhere.
        fc.integer({ min: 0, max: g.log.length }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        (keep, edits) => {
          const forged = writeBody(bundle, { ...body, events: body.events.slice(0, keep) });
          for (const [at, v] of edits) forged[at % forged.length] = v;
          const r = fromResultCode(seal(forged), bundle);
          if (!r.ok) {
            expect(r.message).toMatch(/^(De|Deze|Dit) /);
            expect(r.message).not.toMatch(/Error|undefined|at \w+ \(/);
            return;
          }
          legal++;
          // Whatever passes is a game the model itself allows: replaying its log gives the same state
          // (at the game's own length, which a changed byte may have changed too).
          const again = createGame({ bundle: r.game.bundle, seed: r.game.seed });
          for (const e of r.game.log) expect(again.send(e)).toBe(true);
          const sim = r.game.snapshot().machine.context.sim;
          expect(again.snapshot().machine.context.sim).toEqual(sim);
          for (const ind of bundle.scenario.indicators) {
            expect(sim.values[ind.id]).toBeGreaterThanOrEqual(ind.min);
            expect(sim.values[ind.id]).toBeLessThanOrEqual(ind.max);
          }
        },
      ),
      { numRuns: 150 },
    );
    // Some forgeries are legal games (a shorter game, another answer): the checksum is not a signature.
    expect(legal).toBeGreaterThan(0);
  });
});

describe('content fingerprint', () => {
  /** The scenario rebuilt with one change, fingerprinted as loading it would. */
  const rebuilt = (change: (b: ScenarioBundle) => Omit<ScenarioBundle, 'fingerprint'>): ScenarioBundle => {
    const content = change(bundle);
    return { ...content, fingerprint: bundleFingerprint(content) };
  };
  const timesOneAndAHalf = rebuilt((b) => ({
    ...b,
    interventions: {
      ...b.interventions,
      interventions: b.interventions.interventions.map((iv) => ({
        ...iv,
        effects: iv.effects.map((e) => ({ ...e, delta: e.delta * 1.5 })),
      })),
    },
  }));
  const poorer = rebuilt((b) => ({
    ...b,
    scenario: {
      ...b.scenario,
      changeBudget: { ...b.scenario.changeBudget, start: b.scenario.changeBudget.start - 150 },
    },
  }));
  const retold = rebuilt((b) => ({ ...b, stories: { ...b.stories, herman: `${b.stories.herman} ` } }));

  it('is set once at load and covers numbers and ink, not only ids', () => {
    expect(bundle.fingerprint).toBe(bundleFingerprint(bundle));
    expect(bundle.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const prints = new Set([bundle, timesOneAndAHalf, poorer, retold].map((b) => b.fingerprint));
    expect(prints.size).toBe(4);
    // Key order does not matter: the same content built in another order has the same fingerprint.
    const { stories, scenario, ...rest } = bundle;
    expect(bundleFingerprint({ stories, ...rest, scenario })).toBe(bundle.fingerprint);
  });

  it('codes and saves made on other content are refused with a clear message, never replayed differently', () => {
    for (const seed of [3, 8, 13]) {
      const g = finished(seed);
      const mid = createGame({ bundle, seed });
      for (const e of g.log.slice(0, 30)) mid.send(e);
      for (const other of [timesOneAndAHalf, poorer, retold]) {
        const code = fromResultCode(toResultCode(g), other);
        expect(code).toEqual({ ok: false, message: expect.stringMatching(/andere versie van het scenario/) });
        for (const game of [g, mid]) {
          const save = loadSave(JSON.stringify(toSave(game)), () => other);
          expect(save).toEqual({ ok: false, message: expect.stringMatching(/scenario is sinds dit spel veranderd/) });
        }
      }
    }
  });
});
