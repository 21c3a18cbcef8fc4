/** The Narrative runner on small inline ink stories, compiled with the same compiler as the content. */
import { describe, expect, it } from 'vitest';
import { Narrative, type Reads } from '../../src/narrative/conversation';
import type { Command } from '../../src/narrative/tags';
import { compileInline } from './inline-ink';

const compile = (source: string) => compileInline(source);

const STORY = compile(`
=== tags ===
Goedemorgen. # speaker: ans # effect: trust.ans +5 # flag: gezien
Verteller zonder tag. # reveal: feit_een
Nog een regel. # unflag: gezien # effect: verzuim -0.4 lag 2 ramp 3
Weer Ans. # speaker: ans
-> END

=== keuze ===
Wat doet u? # speaker: herman
* [Goedkeuren] Goedgekeurd. # speaker: herman # outcome: approved
  Tot ziens. # speaker: herman
  -> END
* [Afwijzen] Afgewezen. # outcome: rejected
  -> END

=== lezen ===
Vertrouwen {get("trust.ans")}.
{test("verzuim > 9"):Te hoog.|Het gaat.}
-> END

=== direct_na_tag ===
Eerst dit. # flag: x
{test("flag.x"):Gezien.|Niet gezien.}
Dan dat. # unflag: x
{test("flag.x"):Nog gezien.|Weg.}
-> END

=== dobbel ===
{RANDOM(1, 1000000)} {RANDOM(1, 1000000)} {RANDOM(1, 1000000)} {RANDOM(1, 1000000)}
-> END

=== teller ===
Bezoek {teller}, samen {teller + ander}.
-> END

=== ander ===
Ander {ander}.
-> END

=== kapot ===
Voor de fout.
~ temp x = get("stuk")
Na de fout {x}.
-> END
`);

const VARIABLE_DIVERT = compile(`
VAR doel = 0
=== start ===
Waarheen?
* [Daarheen] -> doel
* [Blijven] Gebleven.
  -> END
`);

const LOOKAHEAD = compile(`
=== vraag ===
Wat nu?
* [Meten]
  {
  - test("verzuim > 9"):
    Hoog. # effect: trust.ans -5
  - else:
    Laag. # effect: trust.ans +5
  }
  -> END
* [Niets] Niets. # flag: niets
  -> END
`);

interface Harness {
  n: Narrative;
  commands: Command[];
  asked: string[];
  flags: Record<string, number>;
}

function harness(seed = 1, values: Record<string, number> = {}): Harness {
  const commands: Command[] = [];
  const asked: string[] = [];
  const flags: Record<string, number> = {};
  const reads: Reads = {
    get(path) {
      asked.push(`get ${path}`);
      if (path === 'stuk') throw new Error('de meting is stuk');
      return values[path] ?? 0;
    },
    test(expr) {
      asked.push(`test ${expr}`);
      if (expr === 'verzuim > 9') return (values.verzuim ?? 0) > 9;
      if (expr.startsWith('flag.')) return !!flags[expr.slice(5)];
      return false;
    },
  };
  const n = new Narrative(
    { verhaal: STORY, omweg: VARIABLE_DIVERT, vooruit: LOOKAHEAD },
    reads,
    (c) => {
      commands.push(c);
      if (c.kind === 'flag') flags[c.name] = c.on ? 1 : 0;
    },
    seed,
  );
  return { n, commands, asked, flags };
}

describe('Narrative', () => {
  it('looks ahead at what each choice would do, with what the game answers now, and changes nothing', () => {
    const trust = (delta: number) => ({ kind: 'effect', effect: { target: 'trust.ans', delta, lag: 0, ramp: 1 } });
    const niets = { kind: 'flag', name: 'niets', on: true };
    // The same story state in three games, whose answers to test() differ: a look remembered
    // from an earlier game is used only when the answers are the same.
    for (const [verzuim, expected] of [
      [12, -5],
      [5, 5],
      [12, -5],
    ] as const) {
      const h = harness(1, { verzuim });
      h.n.start('vooruit', 'vraag');
      expect(h.n.preview()).toEqual([[trust(expected)], [niets]]);
      expect(h.n.preview()).toEqual([[trust(expected)], [niets]]);
      expect(h.commands).toEqual([]);
      expect(h.n.choose(0)?.lines.at(-1)?.text).toBe(expected < 0 ? 'Hoog.' : 'Laag.');
      expect(h.commands).toEqual([trust(expected)]);
    }
  });

  it('turns tags into commands, in order, and attaches speakers to their own line only', () => {
    const h = harness();
    const step = h.n.start('verhaal', 'tags');
    expect(step).toEqual({
      story: 'verhaal',
      knot: 'tags',
      lines: [
        { text: 'Goedemorgen.', speaker: 'ans' },
        { text: 'Verteller zonder tag.' },
        { text: 'Nog een regel.' },
        { text: 'Weer Ans.', speaker: 'ans' },
      ],
      choices: [],
      ended: true,
    });
    expect(h.commands).toEqual([
      { kind: 'effect', effect: { target: 'trust.ans', delta: 5, lag: 0, ramp: 1 } },
      { kind: 'flag', name: 'gezien', on: true },
      { kind: 'reveal', fact: 'feit_een' },
      { kind: 'flag', name: 'gezien', on: false },
      { kind: 'effect', effect: { target: 'verzuim', delta: -0.4, lag: 2, ramp: 3 } },
    ]);
  });

  it('offers choices, reports the outcome on the step, and does not carry it into the next conversation', () => {
    const h = harness();
    const first = h.n.start('verhaal', 'keuze');
    expect(first.lines).toEqual([{ text: 'Wat doet u?', speaker: 'herman' }]);
    expect(first.choices).toEqual(['Goedkeuren', 'Afwijzen']);
    expect(first.ended).toBe(false);
    expect(first.outcome).toBeUndefined();
    const after = h.n.choose(0)!;
    expect(after.lines).toEqual([
      { text: 'Goedgekeurd.', speaker: 'herman' },
      { text: 'Tot ziens.', speaker: 'herman' },
    ]);
    expect(after.outcome).toBe('approved');
    expect(after.ended).toBe(true);
    // Outcomes are not commands.
    expect(h.commands).toEqual([]);

    // Once-only choices (*) stay chosen: the same Story remembers them in the next conversation.
    expect(h.n.start('verhaal', 'keuze').choices).toEqual(['Afwijzen']);
    const rejected = h.n.choose(0)!;
    expect(rejected.outcome).toBe('rejected');
    expect(rejected.lines).toEqual([{ text: 'Afgewezen.' }]);
    expect(h.n.start('verhaal', 'tags').outcome).toBeUndefined();
  });

  it('choose() with an index out of range, or with no conversation open, returns null and changes nothing', () => {
    const h = harness();
    expect(h.n.choose(0)).toBeNull();
    h.n.start('verhaal', 'keuze');
    expect(h.n.choose(2)).toBeNull();
    expect(h.n.choose(-1)).toBeNull();
    expect(h.n.choose(1)?.lines).toEqual([{ text: 'Afgewezen.' }]);
    expect(h.n.choose(0)).toBeNull(); // the conversation has ended
  });

  it('get() and test() read the provided Reads', () => {
    const low = harness(1, { 'trust.ans': 63, verzuim: 8 });
    expect(low.n.start('verhaal', 'lezen').lines).toEqual([{ text: 'Vertrouwen 63.' }, { text: 'Het gaat.' }]);
    expect(low.asked).toContain('get trust.ans');
    expect(low.asked).toContain('test verzuim > 9');
    const high = harness(1, { 'trust.ans': 12, verzuim: 9.5 });
    expect(high.n.start('verhaal', 'lezen').lines).toEqual([{ text: 'Vertrouwen 12.' }, { text: 'Te hoog.' }]);
  });

  it('applies a line’s tags before the next line is evaluated, despite ink’s look-ahead', () => {
    const h = harness();
    expect(h.n.start('verhaal', 'direct_na_tag').lines.map((l) => l.text)).toEqual([
      'Eerst dit.',
      'Gezien.',
      'Dan dat.',
      'Weg.',
    ]);
  });

  it('a runtime error ends the conversation with a Dutch error instead of throwing', () => {
    const h = harness();
    const step = h.n.start('verhaal', 'kapot');
    expect(step.ended).toBe(true);
    expect(step.choices).toEqual([]);
    expect(step.error).toMatch(
      /^Dit gesprek \(verhaal → kapot\) kon niet verder: .*de meting is stuk.*Het spel gaat door\.$/,
    );
    expect(h.n.choose(0)).toBeNull();

    // A divert through a variable that holds no knot fails only at run time, after a choice.
    const detour = h.n.start('omweg', 'start');
    expect(detour.choices).toEqual(['Daarheen', 'Blijven']);
    const failed = h.n.choose(0)!;
    expect(failed).toMatchObject({ story: 'omweg', knot: 'start', lines: [], choices: [], ended: true });
    expect(failed.error).toMatch(/^Dit gesprek \(omweg → start\) kon niet verder: .*doel.*Het spel gaat door\.$/);
  });

  it('a missing story or knot is an error step too', () => {
    const h = harness();
    expect(h.n.start('bestaat_niet', 'k').error).toContain('verhaal "bestaat_niet" bestaat niet');
    const missing = h.n.start('verhaal', 'geen_knoop');
    expect(missing).toMatchObject({ ended: true, lines: [], choices: [] });
    expect(missing.error).toContain('Dit gesprek (verhaal → geen_knoop) kon niet verder');
    // The story is still usable afterwards.
    expect(h.n.start('verhaal', 'lezen').error).toBeUndefined();
  });

  it('ink RANDOM is the same for the same seed, in another Narrative, and differs for another seed', () => {
    const roll = (seed: number) => {
      const n = harness(seed).n;
      return [n.start('verhaal', 'dobbel').lines[0]!.text, n.start('verhaal', 'dobbel').lines[0]!.text];
    };
    const a = roll(42);
    expect(roll(42)).toEqual(a);
    expect(a[0]).not.toEqual(a[1]); // the stream moves on within one story
    expect(roll(43)).not.toEqual(a);
  });

  it('keeps one Story per file: visit counts survive between conversations, but not across Narratives', () => {
    const h = harness();
    expect(h.n.start('verhaal', 'teller').lines[0]!.text).toBe('Bezoek 1, samen 1.');
    expect(h.n.start('verhaal', 'ander').lines[0]!.text).toBe('Ander 1.');
    expect(h.n.start('verhaal', 'teller').lines[0]!.text).toBe('Bezoek 2, samen 3.');
    expect(harness().n.start('verhaal', 'teller').lines[0]!.text).toBe('Bezoek 1, samen 1.');
  });
});
