/**
 * What the Terugblik and the quarterly report are built from: the people's vignettes, the causes
 * behind every change, the reflection questions, the evidence, and the two exports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseCause, contributions } from '../../src/game/causes';
import { choosePrompts, consequences, evidenceFor, recap } from '../../src/game/debrief';
import { decisionsCsv, gameJson } from '../../src/game/export';
import { createGame, type Game } from '../../src/game/game';
import { loadSave } from '../../src/game/save';
import { playToEnd, rand, strategiesFor } from '../../src/game/strategies';
import { test as holds } from '../../src/sim/model';
import { chooseVignettes } from '../../src/sim/people';
import type { ScenarioBundle } from '../../src/sim/schema';
import type { Decision, SimState } from '../../src/sim/state';
import { bundle } from './scenario';

const bundles = (id: string) => (id === bundle.scenario.id ? bundle : undefined);
const STRATEGIES = strategiesFor(bundle);
const NAMES = Object.keys(STRATEGIES);

const finished = new Map<string, Game>();
/** A game played to the Terugblik by a strategy; cached, games are pure functions of their inputs. */
function played(seed: number, strategy = 'random'): Game {
  const key = `${strategy}:${seed}`;
  let g = finished.get(key);
  if (!g) {
    g = playToEnd(createGame({ bundle, seed }), STRATEGIES[strategy]!, rand(seed ^ 0x5eed));
    finished.set(key, g);
  }
  return g;
}
const simOf = (g: Game): SimState => g.snapshot().machine.context.sim;

const seedArb = fc.integer({ min: 0, max: 0xffffffff });
const gameArb = fc.tuple(seedArb, fc.constantFrom(...NAMES)).map(([seed, name]) => ({ seed, name }));

// ------------------------------------------------------------------------------------------ vignettes

/** A played game's end state made neutral: start values, nothing bought, no flags. */
function neutral(overrides: Partial<SimState> = {}): SimState {
  const s = simOf(played(1));
  return {
    ...s,
    quarter: 3,
    values: Object.fromEntries(bundle.scenario.indicators.map((i) => [i.id, i.start])),
    flags: {},
    facts: {},
    bought: {},
    seen: {},
    ...overrides,
  };
}
/** Mevrouw Jansen's vignette for the quarter ending in `s`, after those `earlier` quarters showed (none by default). */
const jansen = (s: SimState, earlier: Record<string, string>[] = []) => chooseVignettes(bundle, s, earlier).jansen;

/** Every name a people condition reads under flag., bought., seen. and fact. */
function referenced(ns: string): string[] {
  const names = new Set<string>();
  for (const p of bundle.people.people)
    for (const v of p.vignettes)
      for (const m of (v.when ?? '').matchAll(new RegExp(`\\b${ns}\\.([a-z0-9_]+)`, 'g'))) names.add(m[1]!);
  return [...names].sort();
}

/** Random states a played game could plausibly be in, with vignettes already shown in earlier quarters. */
const stateArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 20 }),
    quarter: fc.integer({ min: 1, max: 6 }),
    values: fc.tuple(...bundle.scenario.indicators.map((i) => fc.double({ min: i.min, max: i.max, noNaN: true }))),
    flags: fc.subarray(referenced('flag')),
    bought: fc.array(fc.tuple(fc.constantFrom(...referenced('bought')), fc.integer({ min: 0, max: 6 })), {
      maxLength: 8,
    }),
    seen: fc.subarray(referenced('seen')),
    facts: fc.subarray(referenced('fact')),
    shown: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...bundle.people.people.flatMap((p) => p.vignettes.map((v) => [p.id, v.id] as const))),
      ),
      { maxLength: 20 },
    ),
  })
  .map((r): { s: SimState; earlier: Record<string, string>[] } => {
    const vignettes: Record<number, Record<string, string>> = {};
    for (const [q, [person, v]] of r.shown) vignettes[q] = { ...vignettes[q], [person]: v };
    const s: SimState = {
      ...simOf(played(r.seed)),
      quarter: r.quarter,
      values: Object.fromEntries(bundle.scenario.indicators.map((i, k) => [i.id, r.values[k]!])),
      flags: Object.fromEntries(r.flags.map((f) => [f, 1])),
      bought: Object.fromEntries(r.bought.map(([id, q]) => [id, Math.min(q, r.quarter)])),
      seen: Object.fromEntries(r.seen.map((id) => [id, 1])),
      facts: Object.fromEntries(r.facts.map((id) => [id, 1])),
    };
    return { s, earlier: Object.values(vignettes) };
  });

const shownIn = (earlier: Record<string, string>[]) =>
  new Set(earlier.flatMap((byPerson) => Object.entries(byPerson).map(([p, v]) => `${p}.${v}`)));

describe('vignettes: what the people experience each quarter', () => {
  it('the scenario follows at least three clients and three staff, each with a fallback vignette', () => {
    const kinds = bundle.people.people.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'client').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'medewerker').length).toBeGreaterThanOrEqual(3);
  });

  it('in a neutral quarter a person gets the one condition that holds, or the ordinary fallback', () => {
    // Eigen regie starts at 38 (< 42): only "koffie_lijst" holds for Mevrouw Jansen from quarter 2.
    expect(jansen(neutral())).toBe('koffie_lijst');
    expect(jansen(neutral({ quarter: 1 }))).toBe('gewoon');
  });

  it('the highest priority wins among the vignettes whose condition holds', () => {
    // Moved out (97) beats a fall (92), which beats the substitutes (50) and the coffee list (25).
    const busy = { incidenten: 6, verzuim: 9.5 };
    const values = { ...neutral().values, ...busy };
    expect(jansen(neutral({ values, bought: { locatie_sluiten: 1 } }))).toBe('verhuisd');
    expect(jansen(neutral({ values }))).toBe('val');
    expect(jansen(neutral({ values: { ...values, incidenten: 4 } }))).toBe('invallers');
    // bought.x counts the quarters since buying, from 1: bought this very quarter is not yet ">= 2".
    expect(jansen(neutral({ values, bought: { locatie_sluiten: 3 } }))).toBe('val');
  });

  it('a vignette is not chosen again once shown, for that person', () => {
    const values = { ...neutral().values, incidenten: 6, verzuim: 9.5 };
    const s = neutral({ quarter: 4, values, bought: { locatie_sluiten: 1 } });
    expect(jansen(s, [{ jansen: 'verhuisd' }])).toBe('val');
    expect(jansen(s, [{ jansen: 'verhuisd' }, { jansen: 'val' }])).toBe('invallers');
    expect(jansen(s, [{ jansen: 'verhuisd' }, { jansen: 'val' }, { jansen: 'invallers' }])).not.toBe('invallers');
    // Someone else having seen "val" does not count for Mevrouw Jansen.
    const other = bundle.people.people.find((p) => p.id !== 'jansen')!.id;
    expect(jansen(s, [{ jansen: 'verhuisd', [other]: 'val' }])).toBe('val');
  });

  it('in any state, every person gets the highest-priority vignette that holds and they have not shown', () => {
    fc.assert(
      fc.property(stateArb, ({ s, earlier }) => {
        const out = chooseVignettes(bundle, s, earlier);
        const shown = shownIn(earlier);
        for (const person of bundle.people.people) {
          const eligible = (x: (typeof person.vignettes)[number]) =>
            !shown.has(`${person.id}.${x.id}`) && (!x.when || holds(bundle, s, x.when));
          const id = out[person.id];
          if (id === undefined) {
            expect(person.vignettes.filter(eligible), person.id).toEqual([]);
            continue;
          }
          const v = person.vignettes.find((x) => x.id === id)!;
          expect(eligible(v), `${person.id}.${id}`).toBe(true);
          for (const x of person.vignettes) if (eligible(x)) expect(x.priority).toBeLessThanOrEqual(v.priority);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a person out once every vignette of theirs has been shown: nothing repeats word for word', () => {
    fc.assert(
      fc.property(stateArb, ({ s }) => {
        const vignettes: Record<number, Record<string, string>> = {};
        for (const p of bundle.people.people)
          p.vignettes.forEach((v, k) => {
            vignettes[k + 1] = { ...vignettes[k + 1], [p.id]: v.id };
          });
        expect(chooseVignettes(bundle, s, Object.values(vignettes))).toEqual({});
      }),
      { numRuns: 100 },
    );
  });

  it('in played games, at most one vignette per person per quarter, never one twice', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const g = played(seed, name);
        const quarters = simOf(g).quarter;
        const perQuarter = new Set<string>();
        const seen = new Set<string>();
        for (const v of g.vignettes()) {
          // Only quarters played (fewer than six when the board ended the trajectory early).
          expect(v.quarter).toBeGreaterThanOrEqual(1);
          expect(v.quarter).toBeLessThanOrEqual(quarters);
          expect(perQuarter.has(`${v.quarter}:${v.person}`), `${v.person} twee keer in kwartaal ${v.quarter}`).toBe(
            false,
          );
          perQuarter.add(`${v.quarter}:${v.person}`);
          expect(seen.has(`${v.person}.${v.vignette}`), `${v.person}.${v.vignette} twee keer`).toBe(false);
          seen.add(`${v.person}.${v.vignette}`);
        }
        // Someone the player follows has something to tell in every quarter played.
        expect(new Set(g.vignettes().map((v) => v.quarter)).size).toBe(quarters);
      }),
      { numRuns: 30 },
    );
  });
});

// ------------------------------------------------------------------------------------------ causes

describe('cause attribution', () => {
  it('per quarter and indicator, the contributions add up to the change in the history', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const s = simOf(played(seed, name));
        // Six quarters, or fewer when the board ended the trajectory early.
        expect(s.history.length).toBe(s.quarter + 1);
        for (let q = 1; q <= s.quarter; q++)
          for (const ind of bundle.scenario.indicators) {
            const list = contributions(bundle, s, q, ind.id);
            const sum = list.reduce((a, c) => a + c.delta, 0);
            const change = s.history[q]![ind.id]! - s.history[q - 1]![ind.id]!;
            const why = `K${q} ${ind.id}: oorzaken ${sum} tegenover verloop ${change} (${list.map((c) => c.cause).join(', ')})`;
            expect(Math.abs(sum - change), why).toBeLessThan(1e-9);
          }
      }),
      { numRuns: 40 },
    );
  });

  it('contributions are one per cause, labelled, non-zero and largest first', () => {
    fc.assert(
      fc.property(gameArb, fc.integer({ min: 1, max: 6 }), ({ seed, name }, q) => {
        const s = simOf(played(seed, name));
        for (const ind of bundle.scenario.indicators) {
          const list = contributions(bundle, s, q, ind.id);
          expect(new Set(list.map((c) => c.cause)).size).toBe(list.length);
          for (const c of list) {
            expect(c.label.length).toBeGreaterThan(0);
            expect(Math.abs(c.delta)).toBeGreaterThan(1e-9);
          }
          for (let i = 1; i < list.length; i++)
            expect(Math.abs(list[i - 1]!.delta)).toBeGreaterThanOrEqual(Math.abs(list[i]!.delta));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('what a cause set in motion totals its ledger entries, target by target', () => {
    const range = (target: string) => {
      if (target.startsWith('trust.')) return 100;
      const ind = bundle.scenario.indicators.find((i) => i.id === target);
      return ind ? ind.max - ind.min : Number.POSITIVE_INFINITY;
    };
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const s = simOf(played(seed, name));
        for (const cause of new Set(s.ledger.map((e) => e.cause))) {
          const expected = new Map<string, { delta: number; from: number; to: number }>();
          for (const e of s.ledger.filter((x) => x.cause === cause)) {
            const c = expected.get(e.target) ?? { delta: 0, from: e.quarter, to: e.quarter };
            expected.set(e.target, {
              delta: c.delta + e.delta,
              from: Math.min(c.from, e.quarter),
              to: Math.max(c.to, e.quarter),
            });
          }
          const list = consequences(bundle, s, cause);
          expect(new Set(list.map((c) => c.target)).size).toBe(list.length);
          for (const c of list) {
            const want = expected.get(c.target)!;
            expect(want, `${cause} → ${c.target}`).toBeDefined();
            expect(Math.abs(c.delta - want.delta)).toBeLessThan(1e-9);
            expect([c.from, c.to]).toEqual([want.from, want.to]);
          }
          // What is left out is only what barely moved (or the budget, which every purchase moves).
          for (const [target, want] of expected)
            if (!list.some((c) => c.target === target))
              expect(target === 'budget' || Math.abs(want.delta) / range(target) <= 0.002, `${cause} → ${target}`).toBe(
                true,
              );
        }
      }),
      { numRuns: 25 },
    );
  });
});

// ------------------------------------------------------------------------------------------ prompts

const topicCounts = (list: readonly { topic: string }[]) => {
  const m = new Map<string, number>();
  for (const p of list) m.set(p.topic, (m.get(p.topic) ?? 0) + 1);
  return m;
};

describe('reflection questions', () => {
  const { minPrompts, maxPrompts } = bundle.debrief;

  it('fit the game: between the minimum and maximum, every condition holds, at most two per topic', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const s = simOf(played(seed, name));
        const chosen = choosePrompts(bundle, s);
        expect(chosen.length).toBeGreaterThanOrEqual(minPrompts);
        expect(chosen.length).toBeLessThanOrEqual(maxPrompts);
        expect(new Set(chosen.map((p) => p.id)).size).toBe(chosen.length);
        for (const p of chosen) if (p.when) expect(holds(bundle, s, p.when), p.id).toBe(true);
        const over = [...topicCounts(chosen)].filter(([, n]) => n > 2);
        // A third question on one topic only when there was no other way to reach the minimum.
        if (over.length) expect(chosen.length).toBe(minPrompts);
        else for (const n of topicCounts(chosen).values()) expect(n).toBeLessThanOrEqual(2);
      }),
      { numRuns: 40 },
    );
  });

  it('are the same for the same state, however it was copied', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const s = simOf(played(seed, name));
        const ids = choosePrompts(bundle, s).map((p) => p.id);
        expect(choosePrompts(bundle, structuredClone(s)).map((p) => p.id)).toEqual(ids);
        expect(choosePrompts(bundle, s).map((p) => p.id)).toEqual(ids);
      }),
      { numRuns: 15 },
    );
  });

  it('prefer questions whose condition fits this game over the general ones', () => {
    const s = simOf(played(3));
    const chosen = choosePrompts(bundle, s);
    const fitting = bundle.debrief.prompts.filter((p) => p.when && holds(bundle, s, p.when));
    if (fitting.length >= maxPrompts) expect(chosen.every((p) => p.when)).toBe(true);
    else expect(chosen.filter((p) => p.when).length).toBeGreaterThan(0);
  });

  it('take a third question on a topic only to reach the minimum', () => {
    // A scenario whose questions all share one topic: two per topic would leave too few.
    const one: ScenarioBundle = {
      ...bundle,
      debrief: { ...bundle.debrief, prompts: bundle.debrief.prompts.map((p) => ({ ...p, topic: 'geld' as const })) },
    };
    const chosen = choosePrompts(one, simOf(played(4)));
    expect(chosen.length).toBe(minPrompts);
    expect(minPrompts).toBeGreaterThan(2);
  });
});

// ------------------------------------------------------------------------------------------ evidence

describe('evidence from the sources', () => {
  it('only speaks about causes that occurred in this game or events that were seen', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const s = simOf(played(seed, name));
        // A conversation's effects carry the answer they came from (`ink:ans.gesprek#12`); evidence is about the conversation.
        const causes = new Set(s.ledger.map((e) => baseCause(e.cause)));
        const list = evidenceFor(bundle, s);
        expect(list.length).toBeLessThanOrEqual(6);
        for (const e of list)
          expect(
            e.about.some((a) => causes.has(a) || (a.startsWith('event:') && s.seen[a.slice(6)] !== undefined)),
            `${e.id} over ${e.about.join(', ')}`,
          ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('is empty for a game where nothing happened, and finds the cases about the one thing that did', () => {
    expect(evidenceFor(bundle, neutral({ ledger: [] }))).toEqual([]);
    const about = bundle.debrief.evidence[0]!.about.find((a) => !a.startsWith('event:'))!;
    const s = neutral({ ledger: [{ quarter: 2, target: 'verzuim', delta: -0.4, cause: about }] });
    const ids = evidenceFor(bundle, s).map((e) => e.id);
    const expected = bundle.debrief.evidence
      .filter((e) => e.about.includes(about))
      .map((e) => e.id)
      .sort((x, y) => x.localeCompare(y));
    expect(ids).toEqual(expected.slice(0, 6));
    expect(ids.length).toBeGreaterThan(0);
    const event = bundle.debrief.evidence.flatMap((e) => e.about).find((a) => a.startsWith('event:'))!;
    const byEvent = evidenceFor(bundle, neutral({ ledger: [], seen: { [event.slice(6)]: 2 } }));
    expect(byEvent.length).toBeGreaterThan(0);
    for (const e of byEvent) expect(e.about).toContain(event);
  });
});

// ------------------------------------------------------------------------------------------ exports

/** Splits CSV with quoted fields (quotes doubled inside), `;` between cells and CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(quoted, 'CSV eindigt binnen aanhalingstekens').toBe(false);
  expect(cell + row.join(''), 'CSV eindigt niet met CRLF').toBe('');
  return rows;
}

/** The same game, but with the decisions replaced: to feed the exports awkward labels. */
function withDecisions(g: Game, decisions: Decision[]): Game {
  const snap = g.snapshot();
  const machine = {
    ...snap.machine,
    context: { ...snap.machine.context, sim: { ...snap.machine.context.sim, decisions } },
  } as typeof snap.machine;
  return { ...g, snapshot: () => ({ ...snap, machine }) };
}

describe('exports', () => {
  it('CSV: a header and one row per line of the Terugblik, semicolon-separated', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const g = played(seed, name);
        const s = simOf(g);
        const csv = decisionsCsv(g);
        // A byte-order mark first, so spreadsheet programs read the file as UTF-8.
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const rows = parseCsv(csv.slice(1));
        expect(rows[0]).toEqual(['nr', 'kwartaal', 'fase', 'beslissing', 'toelichting', 'oorzaak', 'gevolgen']);
        const listed = recap(bundle, s);
        expect(rows.length).toBe(listed.length + 1);
        listed.forEach(({ decision: d, index }, i) => {
          const r = rows[i + 1]!;
          expect(r.length).toBe(7);
          expect(r[0]).toBe(String(index + 1));
          expect(r[1]).toBe(String(d.quarter));
          expect(r[2]).toBe(d.phase);
          expect(r[3]).toBe(/^[=+\-@]/.test(d.label) ? `'${d.label}` : d.label);
        });
      }),
      { numRuns: 15 },
    );
  });

  it('CSV: quotes are doubled, separators stay inside their cell, formulas are defused', () => {
    const g = played(2);
    const awkward: Decision[] = [
      { quarter: 1, phase: 'budget', label: '=HYPERLINK("http://x";"klik")', detail: 'a;b', cause: 'iv:nope' },
      { quarter: 2, phase: 'plan', label: 'Het "goede" gesprek', detail: 'regel 1\nregel 2' },
      { quarter: 3, phase: 'budget', label: '+31 6', detail: '@SUM(A1)' },
      { quarter: 4, phase: 'budget', label: '-1', detail: 'gewoon' },
    ];
    const csv = decisionsCsv(withDecisions(g, awkward));
    expect(csv).toContain('"\'=HYPERLINK(""http://x"";""klik"")"');
    expect(csv).toContain('"Het ""goede"" gesprek"');
    const rows = parseCsv(csv);
    expect(rows.length).toBe(awkward.length + 1);
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      '\'=HYPERLINK("http://x";"klik")',
      'Het "goede" gesprek',
      "'+31 6",
      "'-1",
    ]);
    expect(rows.slice(1).map((r) => r[4])).toEqual(['a;b', 'regel 1\nregel 2', "'@SUM(A1)", 'gewoon']);
    // No cell a spreadsheet would run as a formula.
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+@]/);
  });

  it('JSON: parses, carries a summary, and loads back as the same game', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, name }) => {
        const g = played(seed, name);
        const text = gameJson(g);
        const data = JSON.parse(text);
        expect(data.format).toBe('koers-save');
        expect(data.summary.seed).toBe(seed);
        expect(data.summary.finished).toBe(true);
        const r = loadSave(text, bundles);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.game.log).toEqual(g.log);
        expect(r.game.snapshot().machine.value).toEqual(g.snapshot().machine.value);
        expect(simOf(r.game)).toEqual(simOf(g));
        expect(r.game.snapshot().vignettes).toEqual(g.snapshot().vignettes);
      }),
      { numRuns: 10 },
    );
  });
});
