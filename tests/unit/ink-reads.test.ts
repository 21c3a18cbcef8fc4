/**
 * What a conversation can read of earlier ones (src/narrative/ink-reads.ts), and the step memo
 * that shares conversation starts on it: many games with different histories, one shared memo,
 * each step compared with what plain inkjs says, reads and issues for the same game.
 */
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { Narrative } from '../../src/narrative/conversation';
import { inkReads } from '../../src/narrative/ink-reads';
import { parseTag } from '../../src/narrative/tags';
import { nextRandom } from '../../src/sim/rng';
import { compileInline } from './inline-ink';

const compile = (source: string) => compileInline(source, 'reads.ink');
const readsOf = (json: string) => inkReads(json, new Story(json));

/** Conversations that remember each other through visit counts and once-only choices. */
const STORY = compile(`
=== eerste ===
{eerste > 1:Weer hier.|Voor het eerst.} # flag: eerste
- (kies)
* [Een] Een gekozen. # flag: een
* [Twee] {test("flag.drie"):Twee, na drie.|Twee.} # flag: twee
+ [Klaar] -> END
- -> kies

=== tweede ===
{ eerste > 0 && test("flag.een"):
    Je koos een. # flag: drie
}
* [Nog eens] -> derde
* {derde} [Alleen na derde] Terug. -> END
+ [Stoppen] -> END

=== derde ===
Derde. {get("trust.ans")}
-> END

=== los ===
Niets te onthouden.
-> END
`);

describe('what a conversation can read of earlier ones', () => {
  it('is the visit counts named in reach of its knot', () => {
    const reads = readsOf(STORY);
    expect(reads).not.toBeNull();
    const names = (knot: string) => reads?.readsFrom(knot).map((i) => String(reads.counted[i]?.path)) ?? [];
    // eerste reads its own count and the targets of its once-only choices; tweede reads eerste and derde
    // (and its own once-only choices); los reads nothing.
    expect(names('eerste')).toContain('eerste');
    expect(names('eerste').some((n) => n.startsWith('eerste.') && n.includes('c-'))).toBe(true);
    expect(names('tweede')).toEqual(expect.arrayContaining(['eerste', 'derde']));
    expect(names('los')).toEqual([]);
  });

  it('is more than visit counts when ink reads turns, globals, random numbers or sequences: then nothing is shared', () => {
    for (const body of [
      'VAR x = 1\n=== a ===\n{x} -> END',
      '=== a ===\n{RANDOM(1, 6)} -> END',
      '=== a ===\n{TURNS_SINCE(-> a)} -> END',
      '=== a ===\n{~een|twee} -> END',
      '=== a ===\n{stopping: een|twee} -> END',
      'LIST kleur = rood, blauw\n=== a ===\nHoi -> END',
    ])
      expect(readsOf(compile(body)), body).toBeNull();
  });
});

/** A game's answers: its own number for get(), and its flags (from the commands it was given) for test(). */
function world(seed: number) {
  const flags = new Set<string>();
  return {
    flags,
    reads: {
      get: (p: string) => (p === 'trust.ans' ? 40 + (seed % 3) : 0),
      test: (e: string) => flags.has(e.replace(/^flag\./, '')),
    },
  };
}

/** Plain inkjs, no memo: a Story per game, every step run. */
function plain(json: string, seed: number) {
  const w = world(seed);
  const story = new Story(json);
  story.BindExternalFunction('get', (p: string) => w.reads.get(p), true);
  story.BindExternalFunction('test', (e: string) => w.reads.test(e), true);
  const step = () => {
    const lines: string[] = [];
    while (story.canContinue) {
      const text = story.Continue()?.trim() ?? '';
      for (const tag of story.currentTags ?? []) {
        const t = parseTag(tag);
        if (t.ok && t.command.kind === 'flag') w.flags.add(t.command.name);
      }
      if (text) lines.push(text);
    }
    return { lines, choices: story.currentChoices.map((c) => c.text) };
  };
  return {
    start(knot: string) {
      story.ChoosePathString(knot);
      return step();
    },
    choose(i: number) {
      story.ChooseChoiceIndex(i);
      return step();
    },
  };
}

/** The same game through Narrative and the shared memo. */
function remembered(json: string, seed: number) {
  const w = world(seed);
  const n = new Narrative(
    { s: json },
    w.reads,
    (c) => {
      if (c.kind === 'flag') w.flags.add(c.name);
    },
    seed,
  );
  const shown = (s: { lines: { text: string }[]; choices: string[] } | null) => ({
    lines: s?.lines.map((l) => l.text) ?? [],
    choices: s?.choices ?? [],
  });
  return { start: (knot: string) => shown(n.start('s', knot)), choose: (i: number) => shown(n.choose(i)) };
}

describe('conversation starts shared between games', () => {
  it('change nothing: 300 games of random conversations and choices, each step as plain inkjs has it', () => {
    for (let seed = 0; seed < 300; seed++) {
      let r = seed + 1;
      const roll = (k: number) => {
        const next = nextRandom(r);
        r = next.state;
        return Math.floor(next.value * k);
      };
      const a = plain(STORY, seed);
      const b = remembered(STORY, seed);
      for (let conversation = 0; conversation < 6; conversation++) {
        const knot = ['eerste', 'tweede', 'los'][roll(3)] as string;
        let want = a.start(knot);
        expect(b.start(knot), `${seed}: ${knot}`).toEqual(want);
        for (let guard = 0; want.choices.length && guard < 10; guard++) {
          const i = roll(want.choices.length);
          want = a.choose(i);
          expect(b.choose(i), `${seed}: ${knot} keuze ${i}`).toEqual(want);
        }
      }
    }
  });
});
