/**
 * Golden result codes: real games (several strategies and seeds, a partial game, team games with
 * votes on conversations and on forms) checked in as codes. Each must decode to exactly its checked-in log and re-encode to the
 * very same code, so a change to the wire format (the event table in machines/events.ts, a codec
 * in game/event-codec.ts, an id list's order) cannot pass silently — a round trip alone would not
 * notice a change made symmetrically to both sides. After an intended content change (the codes
 * carry the content fingerprint), regenerate with:
 *
 *     UPDATE_GOLDEN=1 npx vitest run tests/golden/result-codes.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody, writeBody } from '../../src/game/event-codec';
import { createGame, type Game } from '../../src/game/game';
import { fromResultCode, seal, toResultCode, unseal } from '../../src/game/result-code';
import { loadSave } from '../../src/game/save';
import { playToEnd, rand, type Strategy, strategiesFor } from '../../src/game/strategies';
import { SUPPORTED_TYPES } from '../../src/machines/events';
import { bundle } from '../unit/scenario';
import { golden, UPDATE } from './golden';

const DIR = join(import.meta.dirname, 'result-codes');
const FILE = join(DIR, 'codes.json');

interface Fixture {
  name: string;
  code: string;
  seed: number;
  events: Game['log'];
  /** Present for a game not at the full length. */
  length?: string;
  /** Present for a game with a team name. */
  team?: string;
}

/** A team at one screen: every answer comes with a tally of the votes per option. */
const voting =
  (inner: Strategy): Strategy =>
  (game, r) => {
    const e = inner(game, r);
    if (e.type !== 'dialogue.choose') return e;
    const options = game.snapshot().dialogue?.choices.length ?? 0;
    return { ...e, votes: Array.from({ length: options }, (_, i) => (i === e.index ? 3 : Math.floor(r.next() * 3))) };
  };

/** And on every form decision, how many were for and against. */
const votingOnForms =
  (inner: Strategy): Strategy =>
  (game, r) => {
    const e = voting(inner)(game, r);
    return SUPPORTED_TYPES.includes(e.type) ? ({ ...e, support: [3, 1] } as typeof e) : e;
  };

function games(): Fixture[] {
  const s = strategiesFor(bundle);
  const cases: [string, Strategy, number, number?, string?, string?][] = [
    ['random-1', s.random!, 1],
    ['random-2024', s.random!, 2024],
    ['hoge-weg-42', s['hoge-weg']!, 42],
    ['big-bang-5', s['big-bang']!, 5],
    ['niets-doen-9', s['niets-doen']!, 9],
    ['team-random-31', voting(s.random!), 31],
    ['random-77-first-40-moves', s.random!, 77, 40],
    ['masterclass-random-12', s.random!, 12, undefined, 'masterclass'],
    ['team-forms-random-33', votingOnForms(s.random!), 33],
    ['team-named-hoge-weg-8', voting(s['hoge-weg']!), 8, undefined, undefined, 'Team Oost'],
    ['masterclass-named-partial-3', s.random!, 3, 25, 'masterclass', 'Zorgteam Ëlst 🌷'],
  ];
  return cases.map(([name, strategy, seed, moves, length, team]) => {
    const g = createGame({ bundle, seed, ...(length ? { length } : {}) });
    const r = rand(seed ^ 0x5eed);
    if (moves) for (let i = 0; i < moves; i++) g.send(strategy(g, r));
    else playToEnd(g, strategy, r);
    return {
      name,
      code: toResultCode(g, team),
      seed,
      events: g.log,
      ...(length ? { length } : {}),
      ...(team ? { team } : {}),
    };
  });
}

describe('golden result codes', () => {
  if (UPDATE) golden(FILE, `${JSON.stringify(games(), null, 1)}\n`);
  const fixtures: Fixture[] = JSON.parse(readFileSync(FILE, 'utf8'));

  it('covers every kind of event, and votes', () => {
    const types = new Set(fixtures.flatMap((f) => f.events.map((e) => e.type)));
    expect(types.size).toBe(15);
    expect(fixtures.some((f) => f.events.some((e) => e.type === 'dialogue.choose' && e.votes))).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the wire format decodes to the checked-in log and back', (_, f) => {
    const opened = unseal(f.code);
    if (!opened.ok) throw new Error(opened.message);
    const body = readBody(bundle, opened.body);
    expect(body.seed).toBe(f.seed);
    expect(body.length).toBe(f.length);
    expect(body.team).toBe(f.team);
    expect(body.events).toEqual(f.events);
    expect(seal(writeBody(bundle, body))).toBe(f.code);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: imports as the same game on this content (regenerate after a content change)',
    (_, f) => {
      const r = fromResultCode(f.code, bundle);
      if (!r.ok) throw new Error(r.message);
      expect(r.game.log).toEqual(f.events);
      expect(r.game.bundle.length).toBe(f.length);
      expect(r.team).toBe(f.team);
      expect(toResultCode(r.game, r.team)).toBe(f.code);
    },
  );
});

describe('codes and saves made before content fingerprints', () => {
  const before: { strategy: string; seed: number; code: string; save: string }[] = JSON.parse(
    readFileSync(join(DIR, 'before-fingerprints.json'), 'utf8'),
  );

  // They were played on an engine this release changed, so they cannot replay as played.
  it.each(before.map((b) => [`${b.strategy}-${b.seed}`, b] as const))(
    '%s: is refused with a Dutch message, never replayed into another game',
    (_, old) => {
      const code = fromResultCode(old.code, bundle);
      const save = loadSave(old.save, () => bundle);
      expect(!code.ok && code.message).toMatch(/andere versie/);
      expect(!save.ok && save.message).toMatch(/veranderd/);
    },
  );
});
