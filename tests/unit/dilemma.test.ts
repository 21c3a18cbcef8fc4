/** The dilemma session without a screen: composing it, votes and shares, the timer, and the reveal. */
import { describe, expect, it } from 'vitest';
import { Narrative } from '../../src/narrative/conversation';
import type { Command } from '../../src/narrative/tags';
import { test as check, initialSimState, resolveRef } from '../../src/sim/model';
import {
  casesFor,
  causesOf,
  evidenceFor,
  openDilemma,
  PREVIEW_SEED,
  revealModel,
  sameSource,
} from '../../src/view/dilemma-reveal';
import {
  composeByHand,
  composeFromSet,
  movePick,
  newSession,
  parseVotes,
  recordNotes,
  recordOwn,
  recordVotes,
  shares,
  tallyFor,
  togglePick,
  votesFor,
} from '../../src/view/dilemma-session';
import { summarize, summaryCsv } from '../../src/view/dilemma-summary';
import { consequenceWords, effectText } from '../../src/view/dilemma-words';
import { adjustTimer, clock, clockWords, newTimer, tickTimer } from '../../src/view/discussion-timer';
import { bundle } from './scenario';

const data = bundle.dilemmas;
const ids = data.dilemmas.map((d) => d.id);
const def = (id: string) => data.dilemmas.find((d) => d.id === id)!;

describe('composing a session', () => {
  it('the scenario has at least 10 dilemmas and 3 ready-made sets of 3 to 5', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(data.sets.length).toBeGreaterThanOrEqual(3);
    for (const set of data.sets) {
      expect(set.dilemmas.length).toBeGreaterThanOrEqual(3);
      expect(set.dilemmas.length).toBeLessThanOrEqual(5);
    }
  });

  it('refuses fewer than 3 dilemmas with a Dutch message', () => {
    const r = composeByHand(data, ids.slice(0, 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe("Kies minstens 3 dilemma's; u heeft er 2 gekozen. Kies er nog 1 bij.");
    const none = composeByHand(data, []);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toContain('Kies er nog 3 bij');
  });

  it('refuses more than 8 dilemmas with a Dutch message', () => {
    const r = composeByHand(data, ids.slice(0, 9));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe("Kies hoogstens 8 dilemma's; u heeft er 9 gekozen. Haal er 1 weg.");
  });

  it('accepts 3 to 8 dilemmas in the order they were picked', () => {
    for (const n of [3, 5, 8]) {
      const pick = ids.slice(0, n).reverse();
      expect(composeByHand(data, pick)).toEqual({ ok: true, ids: pick });
    }
  });

  it('refuses a dilemma twice and an unknown dilemma', () => {
    const twice = composeByHand(data, [ids[0]!, ids[1]!, ids[0]!]);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.message).toContain('maar één keer');
    const unknown = composeByHand(data, [ids[0]!, ids[1]!, 'bestaat_niet']);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('bestaat_niet');
  });

  it('a set expands to its dilemmas, in the set’s order', () => {
    for (const set of data.sets) expect(composeFromSet(data, set.id)).toEqual({ ok: true, ids: set.dilemmas });
    const r = composeFromSet(data, 'geen_set');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('set');
  });

  it('picking by hand: a new pick goes last, untick removes, and moves swap neighbours', () => {
    let order = togglePick([], 'a', true);
    order = togglePick(order, 'b', true);
    order = togglePick(order, 'c', true);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(movePick(order, 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(movePick(order, 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(movePick(order, 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movePick(order, 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(togglePick(order, 'b', false)).toEqual(['a', 'c']);
    expect(togglePick(order, 'a', true)).toEqual(['b', 'c', 'a']);
  });
});

describe('votes and the summary', () => {
  it('reads what was typed: empty is 0, whole numbers only', () => {
    expect(parseVotes('')).toEqual({ ok: true, value: 0 });
    expect(parseVotes(' 12 ')).toEqual({ ok: true, value: 12 });
    for (const bad of ['-1', '2.5', '2,5', 'veel']) {
      const r = parseVotes(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toBe('Vul een heel getal in, 0 of meer.');
    }
    expect(parseVotes('10000').ok).toBe(false);
  });

  it('records votes per dilemma and option, without touching the old session', () => {
    const s0 = newSession(['x', 'y', 'z']);
    const s1 = recordVotes(s0, 0, 2, 4);
    const s2 = recordVotes(s1, 0, 0, 7);
    expect(s0.votes).toEqual([[], [], []]);
    expect(votesFor(s2, 0, 3)).toEqual([7, 0, 4]);
    expect(votesFor(s2, 1, 2)).toEqual([0, 0]);
    expect(recordVotes(s2, 0, 0, -1)).toBe(s2);
    expect(recordVotes(s2, 0, 0, 1.5)).toBe(s2);
    expect(recordVotes(s2, 5, 0, 1)).toBe(s2);
    expect(votesFor(recordVotes(s2, 0, 0, 0), 0, 3)).toEqual([0, 0, 4]);
  });

  it('shares are whole percentages that add up to 100, or all 0 when nobody voted', () => {
    expect(shares([7, 3, 2])).toEqual([58, 25, 17]);
    expect(shares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(shares([5, 0])).toEqual([100, 0]);
    expect(shares([0, 0, 0])).toEqual([0, 0, 0]);
    for (const v of [
      [3, 3, 1],
      [13, 7, 9],
      [1, 2, 3, 4],
    ])
      expect(shares(v).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("the room's own option and notes are kept per dilemma, bounded, without touching the old session", () => {
    const s0 = newSession(['x', 'y', 'z']);
    const s1 = recordOwn(s0, 1, { text: 'Eerst de familie bellen' });
    const s2 = recordOwn(s1, 1, { votes: 4 });
    const s3 = recordNotes(s2, 1, 'Voor: snel. Tegen: niemand weet ervan.');
    expect(s0.own[1]).toEqual({ text: '', votes: 0 });
    expect(s3.own[1]).toEqual({ text: 'Eerst de familie bellen', votes: 4 });
    expect(s3.notes).toEqual(['', 'Voor: snel. Tegen: niemand weet ervan.', '']);
    expect(recordOwn(s3, 1, { votes: -2 })).toBe(s3);
    expect(recordOwn(s3, 9, { text: 'x' })).toBe(s3);
    expect(recordOwn(s3, 0, { text: 'a'.repeat(500) }).own[0]!.text).toHaveLength(200);
    expect(recordNotes(s3, 0, 'n'.repeat(5000)).notes[0]).toHaveLength(4000);
    // The own option counts in the tally only once it has words.
    expect(tallyFor(recordVotes(s3, 1, 0, 2), 1, 2)).toEqual([2, 0, 4]);
    expect(tallyFor(recordOwn(s0, 0, { votes: 3 }), 0, 2)).toEqual([0, 0]);
  });

  it('the summary lists per dilemma its options with the own one, votes, share, consequences and notes', () => {
    const pick = data.sets[0]!.dilemmas;
    const optionsOf = (id: string) => openDilemma(bundle, def(id)).options.map((o) => o.text);
    let s = newSession(pick);
    s = recordVotes(s, 0, 0, 7);
    s = recordVotes(s, 0, 1, 3);
    s = recordVotes(s, 0, 2, 2);
    s = recordVotes(s, 1, 1, 5);
    s = recordOwn(s, 1, { text: 'Samen met de familie beslissen', votes: 5 });
    s = recordNotes(s, 1, 'Vrijheid weegt zwaar; "veiligheid" ook.');
    const rows = summarize(bundle, s);
    expect(rows.map((r) => r.id)).toEqual(pick);
    expect(rows[0]!.title).toBe(def(pick[0]!).title);
    expect(rows[0]!.total).toBe(12);
    expect(rows[0]!.options.map((o) => o.text)).toEqual(optionsOf(pick[0]!));
    expect(rows[0]!.options.map((o) => [o.votes, o.share, o.top])).toEqual([
      [7, 58, true],
      [3, 25, false],
      [2, 17, false],
    ]);
    // Every scenario option says what it did; the own option cannot.
    for (const o of rows[0]!.options) expect(o.now.length + o.later.length).toBeGreaterThan(0);
    const own = rows[1]!.options.at(-1)!;
    expect(own).toMatchObject({ own: true, text: 'Samen met de familie beslissen', votes: 5, share: 50, top: true });
    expect(own.letter).toBe(String.fromCharCode(65 + optionsOf(pick[1]!).length));
    expect(rows[1]!.notes).toBe('Vrijheid weegt zwaar; "veiligheid" ook.');
    // Nobody voted on the third: no share and no "most votes".
    expect(rows[2]!.total).toBe(0);
    expect(rows[2]!.options.every((o) => o.share === 0 && !o.top)).toBe(true);
    // Stopped early: only the dilemmas reached.
    expect(summarize(bundle, s, 2)).toHaveLength(2);

    // The CSV says the same: one row per option, semicolons, quoted text, notes on a dilemma's first row.
    const csv = summaryCsv(rows).split('\r\n');
    expect(csv[0]).toBe(
      '"nr";"dilemma";"optie";"tekst";"eigen optie van de zaal";"stemmen";"aandeel (%)";"direct";"later";"notities van de zaal"',
    );
    expect(csv).toHaveLength(1 + rows.reduce((n, r) => n + r.options.length, 0) + 1);
    expect(csv.at(-1)).toBe('');
    const second = csv.filter((l) => l.startsWith('2;'));
    expect(second[0]!.endsWith(';"Vrijheid weegt zwaar; ""veiligheid"" ook."')).toBe(true);
    expect(second.at(-1)).toContain('"Samen met de familie beslissen";"ja";5;50;"";"";""');
    expect(csv[1]).toMatch(/^1;".+";"A";".+";"nee";7;58;".+";".*";""$/);
  });
});

describe('the discussion timer', () => {
  it('counts down only while running, stops at zero and never moves on by itself', () => {
    const t = newTimer(5);
    expect(t).toEqual({ left: 300, running: false });
    expect(tickTimer(t, 10)).toBe(t);
    const running = { ...t, running: true };
    expect(tickTimer(running, 10)).toEqual({ left: 290, running: true });
    expect(tickTimer(running, 400)).toEqual({ left: 0, running: false });
  });

  it('+1 and −1 minute adjust it, never below zero', () => {
    const t = newTimer(1);
    expect(adjustTimer(t, 60).left).toBe(120);
    expect(adjustTimer(t, -60).left).toBe(0);
    expect(adjustTimer(adjustTimer(t, -60), -60).left).toBe(0);
  });

  it('shows the time as m:ss and in words', () => {
    expect(clock(300)).toBe('5:00');
    expect(clock(61)).toBe('1:01');
    expect(clockWords(270)).toBe('4 minuten en 30 seconden');
    expect(clockWords(60)).toBe('1 minuut');
    expect(clockWords(1)).toBe('1 seconde');
  });
});

describe('the reveal', () => {
  const previewByHand = (story: string, knot: string) => {
    const s = initialSimState(bundle, PREVIEW_SEED);
    const reads = { get: (p: string) => resolveRef(bundle, s, p), test: (e: string) => check(bundle, s, e) };
    const n = new Narrative(bundle.stories, reads, () => {}, PREVIEW_SEED);
    const step = n.start(story, knot);
    return { choices: step.choices, previews: n.preview() };
  };

  it('every dilemma opens at a real choice with at least two options', () => {
    for (const d of data.dilemmas) {
      const o = openDilemma(bundle, d);
      expect(o.error, d.id).toBeUndefined();
      expect(o.options.length, d.id).toBeGreaterThanOrEqual(2);
      expect(o.lines.length, d.id).toBeGreaterThan(0);
    }
  });

  it("each option's effects are exactly what Narrative.preview() gives for the dilemma's knot", () => {
    for (const d of data.dilemmas) {
      const { choices, previews } = previewByHand(d.story, d.knot);
      const o = openDilemma(bundle, d);
      expect(
        o.options.map((x) => x.text),
        d.id,
      ).toEqual(choices);
      expect(
        o.options.map((x) => x.commands),
        d.id,
      ).toEqual(previews);
    }
  });

  it('a real dilemma: temporary team coaches lower sick leave after a quarter, at a cost', () => {
    const d = def('verzuimpiek_na_afschalen');
    const o = openDilemma(bundle, d);
    const w = consequenceWords(bundle, o.options[0]!.commands);
    // Said as it happens: the cost at once, the lower sick leave later, and no verdict.
    expect(w.now).toContain('Veranderbudget omlaag met 40 k€');
    expect(w.later).toContain('Na 1 kwartaal: Ziekteverzuim omlaag met 0,5 procentpunt');
    expect(w.now.some((t) => t.startsWith('Ziekteverzuim'))).toBe(false);
  });

  it('effects spread over quarters say so, and flags are put in the words of dilemmas.yaml, never their names', () => {
    expect(effectText(bundle, { target: 'incidenten', delta: -0.4, lag: 1, ramp: 2 })).toBe(
      'Val- en medicatie-incidenten omlaag met 0,4 per 1.000 cliëntdagen, verspreid over 2 kwartalen',
    );
    const words = (name: string) => bundle.dilemmas.consequences.find((c) => c.flag === name)!;
    const flag = (name: string, on = true): Command => ({ kind: 'flag', name, on });
    expect(consequenceWords(bundle, [flag('etalage_voorbereid')])).toEqual({
      now: [words('etalage_voorbereid').text],
      later: [`Later in het spel: ${words('etalage_voorbereid').later}`],
    });
    expect(consequenceWords(bundle, [flag('truus_belofte', false)]).now).toEqual([
      `Dit geldt niet meer: ${words('truus_belofte').text}`,
    ]);
    expect(consequenceWords(bundle, [flag('iets_zonder_woorden')]).now).toEqual([
      'Het spel onthoudt deze keuze; die kan later terugkomen.',
    ]);
    // Over every dilemma: no quoted flag name, no id and no source reference reaches the room.
    for (const d of data.dilemmas) {
      const m = revealModel(bundle, d, []);
      for (const text of m.options.flatMap((x) => [...x.now, ...x.later]))
        expect(text, d.id).not.toMatch(/_|‘|\d{3}:L\d|onthoudt deze keuze/);
    }
  });

  it("the reveal for a tally: shares over the room's votes, its own option last, no option marked better", () => {
    const d = def('verborgen_incident');
    const m = revealModel(bundle, d, [4, 9, 2, 5], 'Eerst met de apotheker praten');
    expect(m.title).toBe(d.title);
    expect(m.total).toBe(20);
    expect(m.options.map((o) => [o.letter, o.votes, o.share, o.top, o.own])).toEqual([
      ['A', 4, 20, false, false],
      ['B', 9, 45, true, false],
      ['C', 2, 10, false, false],
      ['D', 5, 25, false, true],
    ]);
    expect(m.options[3]).toMatchObject({ text: 'Eerst met de apotheker praten', now: [], later: [] });
    // Without own words, a fourth count has no option to belong to.
    expect(revealModel(bundle, d, [4, 9, 2, 5]).options).toHaveLength(3);
    expect(m.source).toBe(d.source);
    expect(m.cases.map((c) => c.source)).toEqual(casesFor(bundle, d).map((e) => e.source));
    for (const o of m.options)
      expect(Object.keys(o).sort()).toEqual(['later', 'letter', 'now', 'own', 'share', 'text', 'top', 'votes']);
  });

  it("evidence is the debrief's cases about the dilemma's event, visit or knot", () => {
    expect(evidenceFor(bundle, def('verzuimpiek_na_afschalen')).map((e) => e.id)).toContain('vivent_verzuim');
    expect(causesOf(bundle, def('inspectie_vervolgbezoek'))).toEqual([
      'ink:inspecteur.vervolgbezoek',
      'visit:vervolgbezoek',
    ]);
    expect(evidenceFor(bundle, def('inspectie_vervolgbezoek')).map((e) => e.id)).toContain('igj_voorbereiding');
    expect(evidenceFor(bundle, def('gesprek_clientenraad')).map((e) => e.id)).toContain('volckaert_ambassadeurs');
    for (const d of data.dilemmas)
      for (const e of evidenceFor(bundle, d)) expect(e.about.some((a) => causesOf(bundle, d).includes(a))).toBe(true);
  });

  it('a case the sector text already tells is not shown twice', () => {
    expect(sameSource('002:L3163-3169', '002:L3159-3172; 002:L2986-2987')).toBe(true);
    expect(sameSource('002:L3163-3169', '003:L3163-3169')).toBe(false);
    expect(sameSource('002:L10-20', '002:L21-30')).toBe(false);
    expect(sameSource('extrapolation: een aanname', '002:L1-9999')).toBe(false);
    const fall = def('ernstige_val');
    expect(evidenceFor(bundle, fall).map((e) => e.id)).toEqual(['erai_meer_vallen']);
    expect(casesFor(bundle, fall)).toEqual([]);
    // Without a sector text, every case stays.
    const incident = def('verborgen_incident');
    expect(incident.sector).toBeUndefined();
    expect(casesFor(bundle, incident)).toEqual(evidenceFor(bundle, incident));
    expect(casesFor(bundle, def('inspectie_vervolgbezoek')).map((e) => e.id)).toEqual(['pbg_na_waarschuwing']);
  });
});
