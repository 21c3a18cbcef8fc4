import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../src/game/game';
import { fromResultCode, toResultCode } from '../../src/game/result-code';
import { loadSave, toSave } from '../../src/game/save';
import { RANDOM, rand } from '../../src/game/strategies';
import { voteSummary } from '../../src/view/debrief';
import { bundle } from './scenario';

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

  it('read as a sentence with the dissent', () => {
    expect(voteSummary({ options: ['Ja', 'Nee', 'Later'], tally: [3, 2, 0], chosen: 0 })).toBe(
      'Teamstemming: 3 van de 5 kozen dit; 2 wilden: "Nee".',
    );
    expect(voteSummary({ options: ['Ja', 'Nee'], tally: [1, 1], chosen: 1 })).toBe(
      'Teamstemming: 1 van de 2 kozen dit; 1 wilde: "Ja".',
    );
  });
});
