/**
 * The epilogue is written when it is read (game.ts), from the state its conversation opened on:
 * in random games, and in games the board ends early, it says exactly what plain inkjs says for
 * that knot with get()/test() answered from that state, and a game whose epilogue is never read
 * ends the same.
 */
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { epilogue } from '../../src/game/epilogue';
import { createGame, type Game } from '../../src/game/game';
import { RANDOM, rand } from '../../src/game/strategies';
import { test as holds, resolveRef } from '../../src/sim/model';
import type { SimState } from '../../src/sim/state';
import { compileInline } from './inline-ink';
import { bundle } from './scenario';

/** Plays at random until the epilogue is shown; returns the game and the state it opened on. */
function toEpilogue(seed: number): { game: Game; at: SimState } | null {
  const game = createGame({ bundle, seed });
  const r = rand(seed);
  for (let i = 0; i < 3000; i++) {
    const snap = game.snapshot();
    if (snap.dialogue?.conversation.purpose === 'epilogue') return { game, at: snap.machine.context.sim };
    if (snap.machine.hasTag('debrief')) return null;
    game.send(RANDOM(game, r));
  }
  return null;
}

/** The knot's lines as plain inkjs says them, with the game's questions answered from `at`. */
function plainInk(story: string, knot: string, at: SimState): string[] {
  const ink = new Story(bundle.stories[story]!);
  ink.BindExternalFunction('get', (p: string) => resolveRef(bundle, at, String(p)), true);
  ink.BindExternalFunction('test', (e: string) => holds(bundle, at, String(e)), true);
  ink.ChoosePathString(knot);
  const lines: string[] = [];
  while (ink.canContinue) {
    const text = ink.Continue()?.trim();
    if (text) lines.push(text);
  }
  expect(ink.currentChoices).toHaveLength(0);
  return lines;
}

describe('the epilogue, written when read', () => {
  const games = Array.from({ length: 120 }, (_, i) => toEpilogue(4000 + i)).filter((g) => g !== null);

  it('says what plain inkjs says from the state it opened on, after a whole game and after a dismissal', () => {
    const knots = new Set<string>();
    for (const { game, at } of games) {
      const d = game.snapshot().dialogue!;
      knots.add(d.conversation.knot);
      expect(d.ended).toBe(true);
      expect(d.choices).toEqual([]);
      expect(d.error).toBeUndefined();
      expect(d.lines.map((l) => l.text)).toEqual(plainInk(d.conversation.story, d.conversation.knot, at));
      expect(d.fresh).toBe(d.lines.length);
    }
    // Both epilogues came up: the full one and the one after the board ended the trajectory.
    expect([...knots].sort()).toEqual(['een_jaar_later', 'na_ontslag']);
  });

  it('changes nothing in the game whether it is read or not', () => {
    for (const { game } of games.slice(0, 20)) {
      const unread = createGame({ bundle, seed: game.seed });
      for (const e of game.log) expect(unread.send(e)).toBe(true);
      expect(game.send({ type: 'dialogue.close' })).toBe(true);
      expect(unread.send({ type: 'dialogue.close' })).toBe(true);
      expect(unread.snapshot().machine.context.sim).toEqual(game.snapshot().machine.context.sim);
      expect(unread.snapshot().machine.hasTag('debrief')).toBe(true);
    }
  });

  it('shows an error, rather than dropping it, when some mix of answers reaches a choice or a change', () => {
    const { game, at } = games[games.length - 1]!; // one whose epilogue is still open
    const conversation = game.snapshot().dialogue!.conversation;
    const story = (body: string) => ({
      ...bundle,
      stories: { ...bundle.stories, [conversation.story]: compileInline(`=== ${conversation.knot} ===\n${body}`) },
    });
    const fine = epilogue(story('Een jaar later. # speaker: herman\n-> END'), 1, conversation, at);
    expect(fine.error).toBeUndefined();
    expect(fine.lines).toEqual([{ text: 'Een jaar later.', speaker: 'herman' }]);
    for (const body of [
      '{ test("quarter > 0"): Een jaar later. # effect: draagvlak +1 }\n-> END',
      'Een jaar later.\n+ [Verder] -> END',
      'Een jaar later. # outcome: klaar\n-> END',
    ]) {
      const d = epilogue(story(body), 1, conversation, at);
      expect(d.error, body).toMatch(/^De epiloog vraagt of verandert iets/);
      expect(d.ended).toBe(true);
    }
  });
});
