/**
 * A conversation that comes back every quarter (an agenda item that is not `once`) must not open
 * with the same lines at the next meeting, and an answer given again must not count in full again:
 * the person remembers what was asked and what came of it. Played over high-road games, random ones
 * and a few of each other scripted way of playing, with the texts each game showed (continuity.ts)
 * and the effects in the state's ledger.
 */
import { describe, expect, it } from 'vitest';
import { playShown, type Shown } from '../../src/game/continuity';
import { type Strategy, strategiesFor } from '../../src/game/strategies';
import { bundle } from './scenario';

const HIGH_ROAD_GAMES = 20;
const RANDOM_GAMES = 150;
const OTHER_GAMES = 3;
/** Games in which the same answer is given at every meeting where it is offered. */
const ASKING_GAMES = 10;
/** Lines shorter than this (a "Ja.", a short answer) may come back; a full sentence may not. */
const LONG = 40;

const recurring = new Set(bundle.agenda.items.filter((i) => !i.once).map((i) => `${i.story}.${i.knot}`));
const strategies = strategiesFor(bundle);
const games: Shown[][] = [
  ...Array.from({ length: HIGH_ROAD_GAMES }, (_, i) => playShown(bundle, 500 + i, strategies['hoge-weg'])),
  ...Array.from({ length: RANDOM_GAMES }, (_, i) => playShown(bundle, 9000 + i, strategies.random)),
  // Each other way of playing: a scripted player meets the same people in the same way every quarter.
  ...Object.entries(strategies)
    .filter(([id]) => id !== 'random' && id !== 'hoge-weg')
    .flatMap(([, strategy]) => Array.from({ length: OTHER_GAMES }, (_, i) => playShown(bundle, 300 + i, strategy))),
];

/** Per recurring conversation, its meetings in order: the quarter and the lines shown. */
function meetings(shown: readonly Shown[]) {
  const out = new Map<string, { quarter: number; lines: Set<string> }[]>();
  for (const x of shown) {
    if (x.kind !== 'dialogue' || !recurring.has(x.where)) continue;
    const list = out.get(x.where) ?? [];
    out.set(x.where, list);
    let last = list[list.length - 1];
    if (last?.quarter !== x.quarter) {
      last = { quarter: x.quarter, lines: new Set() };
      list.push(last);
    }
    last.lines.add(x.text);
  }
  return out;
}

/** Lines shown word for word at two consecutive meetings of one conversation, with game and quarter. */
function repeats(shown: readonly Shown[], game: number) {
  const found: { where: string; game: number; quarter: number; text: string }[] = [];
  for (const [where, list] of meetings(shown))
    for (let i = 1; i < list.length; i++)
      for (const text of list[i]!.lines)
        if (text.length > LONG && list[i - 1]!.lines.has(text))
          found.push({ where, game, quarter: list[i]!.quarter, text });
  return found;
}

describe('recurring conversations', () => {
  const all = games.flatMap((shown, game) => repeats(shown, game));

  it('do not repeat a line word for word at the next meeting with the same person', () => {
    expect(all.slice(0, 10)).toEqual([]);
  });

  /**
   * Answers that can be given at every meeting: the conversation, how to know the answer, whose
   * trust, and a way of playing that meets this person; played so that it gives this answer
   * whenever it is offered, so the answer comes back.
   */
  const asks = [
    { cause: 'ink:mohamed.gesprek', answer: /mee te denken/i, trust: 'trust.mohamed', play: 'hoge-weg' },
    { cause: 'ink:ans.gesprek', answer: /knelt/i, trust: 'trust.ans', play: 'hoge-weg' },
    { cause: 'ink:herman.kwartaalgesprek', answer: /eerlijk vertellen/i, trust: 'trust.herman', play: 'lage-weg' },
  ];

  it.each(asks)('weigh an answer given again ($answer in $cause) less than the first time', (ask) => {
    const base = strategies[ask.play]!;
    const again: Strategy = (game, r) => {
      const d = game.snapshot().dialogue;
      const at = d && !d.ended ? d.choices.findIndex((c) => ask.answer.test(c)) : -1;
      return at >= 0 ? { type: 'dialogue.choose', index: at } : base(game, r);
    };
    let later = 0;
    for (let seed = 0; seed < ASKING_GAMES; seed++) {
      const shown = playShown(bundle, 700 + seed, again);
      const end = shown[shown.length - 1]!.state;
      const given = end.decisions.filter((d) => d.cause?.startsWith(`${ask.cause}#`) && ask.answer.test(d.detail));
      const effect = (cause: string | undefined) =>
        end.ledger.filter((e) => e.cause === cause && e.target === ask.trust).reduce((a, e) => a + e.delta, 0);
      const [first, ...rest] = given.map((d) => ({ quarter: d.quarter, effect: effect(d.cause) }));
      if (!first) continue;
      for (const r of rest) {
        later++;
        expect(r.effect, `kwartaal ${r.quarter} na ${first.effect} in kwartaal ${first.quarter}`).toBeLessThan(
          first.effect,
        );
      }
    }
    expect(later).toBeGreaterThan(ASKING_GAMES);
  });
});
