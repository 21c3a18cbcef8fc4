/**
 * Remembered ink steps (src/narrative/step-memo.ts) must change nothing: a step replayed from the
 * memo says, issues and asks exactly what ink would have. The memo is keyed by a story's compiled
 * JSON, so a copy of that JSON with a space appended (still the same story to ink) gives a story
 * nobody has played yet: that is the uncached reference.
 */
import { describe, expect, it } from 'vitest';
import { keepSteps, loadKeptSteps } from '../../src/cli/kept-steps';
import { playRecord } from '../../src/cli/record';
import { createGame } from '../../src/game/game';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { Narrative } from '../../src/narrative/conversation';
import { exportSteps, forgetSteps, importSteps, stepsRemembered } from '../../src/narrative/step-memo';
import type { Command } from '../../src/narrative/tags';
import { compileInline } from './inline-ink';
import { bundle } from './scenario';

let fresh = 0;
/** The same story as `json`, under a key the memo has never seen. */
const unplayed = (json: string) => `${json}${' '.repeat(++fresh)}`;

// Once-only choices (*) on purpose: the memo must replay ink as it is, whatever the content rules say.
const STORY = compileInline(
  `=== gesprek ===
Eerst dit. # flag: a
{
- test("a_en_hoog"):
  Hoog. # effect: trust.ans -5
- else:
  Laag. # effect: trust.ans +5
}
Dan {get("trust.ans")}. # flag: b
* {gesprek > 1} [Weer] Weer hier. # flag: weer
  -> END
* [Verder] {test("flag.a"):Met a.|Zonder a.}
  -> END
`,
  'memo.ink',
);

/** Plays the knot `times` times in one Narrative, always the last choice, and writes down everything it did. */
function transcript(json: string, verzuim: number, times = 2) {
  const said: unknown[] = [];
  const flags: Record<string, boolean> = {};
  const n = new Narrative(
    { s: json },
    {
      get: (p) => {
        said.push(`get ${p}`);
        return p === 'trust.ans' ? 40 + verzuim : 0;
      },
      test: (e) => {
        said.push(`test ${e}`);
        // Ink asks this once ahead of `flag: a` (false in every game), then after it: the answers part there.
        return e === 'a_en_hoog' ? !!flags.a && verzuim > 9 : !!flags[e.slice(5)];
      },
    },
    (c: Command) => {
      said.push(c);
      if (c.kind === 'flag') flags[c.name] = c.on;
    },
    7,
  );
  for (let i = 0; i < times; i++) {
    const step = n.start('s', 'gesprek');
    said.push(step);
    said.push(n.choose(step.choices.length - 1));
  }
  return said;
}

describe('remembered ink steps', () => {
  it('replay what ink says, issues and asks, also where an answer differs halfway through a step', () => {
    // High, then low (the replay takes a different turn after issuing `flag: a`), then high again.
    for (const verzuim of [12, 5, 12, 5])
      expect(transcript(STORY, verzuim)).toEqual(transcript(unplayed(STORY), verzuim));
  });

  it('leave whole games as they are: random play over many seeds, memo warm or cold', () => {
    const play = (stories: Record<string, string>, seed: number) => {
      const seen: unknown[] = [];
      const g = createGame({ bundle: { ...bundle, stories }, seed });
      playToEnd(
        g,
        (game, r) => {
          seen.push(game.snapshot().dialogue);
          return RANDOM(game, r);
        },
        rand(seed),
      );
      return { log: g.log, seen, sim: g.snapshot().machine.context.sim };
    };
    for (let seed = 0; seed < 12; seed++) {
      const cold = Object.fromEntries(Object.entries(bundle.stories).map(([id, json]) => [id, unplayed(json)]));
      const reference = play(cold, seed);
      // The shared stories: the memo holds what earlier seeds (and other tests) played.
      expect(play(bundle.stories, seed)).toEqual(reference);
      expect(play(bundle.stories, seed)).toEqual(reference);
    }
  });

  describe('kept between runs (src/cli/kept-steps.ts)', () => {
    const seeds = [3, 14, 159, 2653];
    const games = () => seeds.map((seed) => playRecord(bundle, 'random', seed));
    const named = new Map(Object.entries(bundle.stories).map(([id, json]) => [json, id]));

    it('read back, they replay every step: the same games, and ink runs no step again', () => {
      forgetSteps();
      const played = games();
      const learned = stepsRemembered();
      expect(learned).toBeGreaterThan(50);
      const kept = JSON.parse(JSON.stringify(exportSteps((json) => named.get(json))));
      forgetSteps();
      importSteps(kept, (id) => bundle.stories[id]);
      expect(stepsRemembered()).toBe(learned);
      expect(games()).toEqual(played);
      // A step ink had to run would have been remembered anew.
      expect(stepsRemembered()).toBe(learned);
    });

    it('on disk: what one run keeps, the next starts with', () => {
      // Starts from what earlier runs kept, as the batch tools do, so the file only grows.
      loadKeptSteps(bundle);
      const played = games();
      const learned = stepsRemembered();
      keepSteps(bundle);
      forgetSteps();
      loadKeptSteps(bundle);
      expect(stepsRemembered()).toBe(learned);
      expect(games()).toEqual(played);
      expect(stepsRemembered()).toBe(learned);
    });

    it('a damaged memory is refused whole, in Dutch, and play goes on cold', () => {
      const damaged = {
        gesprekken: { 'intro|': { state: null, next: [['>intro', { commands: [], after: { fn: 'get' } }]] } },
      };
      expect(() => importSteps(damaged, (id) => bundle.stories[id] ?? bundle.stories.ans)).toThrow(
        /bewaarde stappen zijn beschadigd: vraag/,
      );
      expect(stepsRemembered()).toBe(0);
      expect(games()).toEqual(seeds.map((seed) => playRecord(bundle, 'random', seed)));
    });
  });
});
