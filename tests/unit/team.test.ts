import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../src/game/game';
import { fromResultCode, toResultCode } from '../../src/game/result-code';
import { loadSave, toSave } from '../../src/game/save';
import { RANDOM, rand } from '../../src/game/strategies';
import type { PlayerEvent } from '../../src/machines/events';
import { supportSummary, voteSummary } from '../../src/view/debrief';
import { gameView } from '../../src/view/game-view';
import { bundle } from './scenario';

/**
 * Plays at random as a team that votes wherever the screen shows a vote box, and on nothing else:
 * a count per option in conversations, for and against on forms. Returns the game and the votes
 * cast per kind of screen.
 */
function teamEverywhere(seed: number) {
  const g = createGame({ bundle, seed });
  const r = rand(seed);
  const cast: Record<string, number> = {};
  for (let i = 0; i < 5000 && !g.snapshot().machine.hasTag('debrief'); i++) {
    const v = gameView({ bundle, snap: g.snapshot(), seed, team: true, viewing: false, basis: null, code: '' });
    let e: PlayerEvent = RANDOM(g, r);
    const vote = v.screen.team?.vote ?? null;
    if (vote === 'options' && e.type === 'dialogue.choose') {
      const n = g.snapshot().dialogue!.choices.length;
      const chosen = e.index;
      e = { ...e, votes: Array.from({ length: n }, (_, k) => (k === chosen ? 3 : 1)) };
    } else if (vote === 'support' && 'support' in e === false && e.type !== 'dialogue.choose') {
      e = { ...e, support: [4, 1] } as PlayerEvent;
    }
    if (vote && ('votes' in e || 'support' in e)) cast[v.screen.kind] = (cast[v.screen.kind] ?? 0) + 1;
    expect(g.send(e), JSON.stringify(e)).toBe(true);
  }
  return { g, cast };
}

/** Plays at random, but the "team" votes on every conversation choice: most for the option taken. */
function teamGame(seed: number): Game {
  const g = createGame({ bundle, seed });
  const r = rand(seed);
  for (let i = 0; i < 5000 && !g.snapshot().machine.hasTag('debrief'); i++) {
    const e = RANDOM(g, r);
    if (e.type === 'dialogue.choose') {
      const n = g.snapshot().dialogue!.choices.length;
      const votes = Array.from({ length: n }, (_, k) => (k === e.index ? 3 : k % 2));
      expect(g.send({ ...e, votes })).toBe(true);
    } else expect(g.send(e)).toBe(true);
  }
  return g;
}

describe('team votes', () => {
  it('are recorded with the decision they belong to, with the options and the choice', () => {
    const g = teamGame(5);
    const voted = g.snapshot().machine.context.sim.decisions.filter((d) => d.votes);
    expect(voted.length).toBeGreaterThan(3);
    for (const d of voted) {
      expect(d.votes!.tally.length).toBe(d.votes!.options.length);
      expect(d.votes!.tally[d.votes!.chosen]).toBe(3);
      expect(d.votes!.options[d.votes!.chosen]).toBe(d.detail);
    }
  });

  it('survive a save and a result code', () => {
    const g = teamGame(8);
    const votes = (x: Game) => x.snapshot().machine.context.sim.decisions.map((d) => d.votes);
    const saved = loadSave(JSON.stringify(toSave(g, undefined, true)), () => bundle);
    expect(saved.ok && saved.team).toBe(true);
    if (saved.ok) expect(votes(saved.game)).toEqual(votes(g));
    const coded = fromResultCode(toResultCode(g), bundle);
    expect(coded.ok).toBe(true);
    if (coded.ok) expect(votes(coded.game)).toEqual(votes(g));
  });

  it('that do not fit the options are ignored, and the choice still counts', () => {
    const g = createGame({ bundle, seed: 2 });
    const r = rand(2);
    let chosen = 0;
    for (let i = 0; i < 5000 && !g.snapshot().machine.hasTag('debrief'); i++) {
      const e = RANDOM(g, r);
      // Too few numbers, or a negative one: not a tally of these options.
      const bad = chosen % 2 ? [1] : Array.from({ length: g.snapshot().dialogue?.choices.length ?? 0 }, () => -1);
      if (e.type === 'dialogue.choose') chosen++;
      expect(g.send(e.type === 'dialogue.choose' ? { ...e, votes: bad } : e)).toBe(true);
    }
    expect(chosen).toBeGreaterThan(5);
    expect(g.snapshot().machine.context.sim.decisions.some((d) => d.votes)).toBe(false);
    expect(g.log.some((e) => e.type === 'dialogue.choose' && e.votes)).toBe(false);
    expect(loadSave(JSON.stringify(toSave(g)), () => bundle).ok).toBe(true);
  });

  it('every vote box records a vote: one recorded vote per vote cast, on every kind of decision', () => {
    const kinds = new Set<string>();
    for (const seed of [3, 11, 42]) {
      const { g, cast } = teamEverywhere(seed);
      const decisions = g.snapshot().machine.context.sim.decisions;
      const recorded = decisions.filter((d) => d.votes || d.support);
      const total = Object.values(cast).reduce((a, n) => a + n, 0);
      expect(recorded.length, `seed ${seed}: ${JSON.stringify(cast)}`).toBe(total);
      for (const d of decisions.filter((x) => x.support)) expect(d.support).toEqual({ for: 4, against: 1 });
      for (const k of Object.keys(cast)) kinds.add(k);
      // Every phase a team decided in carries votes (a game the board ended early has no borging).
      const phases = new Set(recorded.map((d) => d.phase));
      const reached = new Set(decisions.map((d) => d.phase));
      for (const p of ['intake', 'diagnose', 'plan', 'tussenevaluatie', 'borging'])
        if (reached.has(p) || p !== 'borging') expect(phases, `seed ${seed}`).toContain(p);
    }
    expect([...kinds].sort()).toEqual(['borging', 'budget', 'diagnosis', 'dialogue', 'intake', 'interim', 'plan']);
  });

  it('a conversation whose answers are not decisions shows no vote box (intro, scan, interim, epilogue)', () => {
    const seen = new Map<string, string | null>();
    const g = createGame({ bundle, seed: 5 });
    const r = rand(5);
    for (let i = 0; i < 5000 && !g.snapshot().machine.hasTag('debrief'); i++) {
      const d = g.snapshot().dialogue;
      const v = gameView({ bundle, snap: g.snapshot(), seed: 5, team: true, viewing: false, basis: null, code: '' });
      if (d?.choices.length) seen.set(d.conversation.purpose, v.screen.team?.vote ?? null);
      expect(g.send(RANDOM(g, r))).toBe(true);
    }
    for (const p of ['intro', 'scan', 'interim', 'epilogue']) if (seen.has(p)) expect(seen.get(p), p).toBeNull();
    for (const p of ['event', 'agenda', 'approval']) expect(seen.get(p), p).toBe('options');
  });

  it("a form's votes go with its first decision; an empty basket records that nothing was bought", () => {
    const g = createGame({ bundle, seed: 9 });
    const r = rand(9);
    while (!g.snapshot().machine.hasTag('budget')) expect(g.send(RANDOM(g, r))).toBe(true);
    const before = g.snapshot().machine.context.sim.decisions.length;
    expect(g.send({ type: 'budget.submit', buy: [], support: [2, 3] })).toBe(true);
    const made = g.snapshot().machine.context.sim.decisions.slice(before);
    expect(made).toEqual([
      expect.objectContaining({ phase: 'budget', label: 'Niets gekocht', support: { for: 2, against: 3 } }),
    ]);
    expect(supportSummary({ for: 2, against: 3 })).toBe('Teamstemming: 2 van de 5 steunden dit; 3 waren tegen.');
    expect(supportSummary({ for: 4, against: 1 })).toBe('Teamstemming: 4 van de 5 steunden dit; 1 was tegen.');
    expect(supportSummary({ for: 3, against: 0 })).toBe('Teamstemming: 3 van de 3 steunden dit.');
  });

  it('form votes survive a save and a result code; votes that do not fit are dropped, the decision stays', () => {
    const { g } = teamEverywhere(21);
    const decisions = (x: Game) => x.snapshot().machine.context.sim.decisions;
    expect(decisions(g).some((d) => d.support)).toBe(true);
    const saved = loadSave(JSON.stringify(toSave(g, undefined, true)), () => bundle);
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(decisions(saved.game)).toEqual(decisions(g));
    const coded = fromResultCode(toResultCode(g), bundle);
    expect(coded.ok).toBe(true);
    if (coded.ok) {
      expect(decisions(coded.game)).toEqual(decisions(g));
      expect(coded.game.log).toEqual(g.log);
    }
    const h = createGame({ bundle, seed: 2 });
    const r = rand(2);
    while (!h.snapshot().machine.hasTag('intake')) expect(h.send(RANDOM(h, r))).toBe(true);
    const e = RANDOM(h, r);
    expect(e.type).toBe('intake.submit');
    expect(h.send({ ...e, support: [0, 0] } as PlayerEvent)).toBe(true);
    expect(h.log.at(-1)).toEqual(e);
    expect(h.snapshot().machine.context.sim.decisions.some((d) => d.support)).toBe(false);
  });

  it('read as a sentence with the dissent', () => {
    expect(voteSummary({ options: ['Ja', 'Nee', 'Later'], tally: [3, 2, 0], chosen: 0 })).toBe(
      'Teamstemming: 3 van de 5 kozen dit; 2 wilden: "Nee".',
    );
    expect(voteSummary({ options: ['Ja', 'Nee'], tally: [1, 1], chosen: 1 })).toBe(
      'Teamstemming: 1 van de 2 kozen dit; 1 wilde: "Ja".',
    );
  });
});
