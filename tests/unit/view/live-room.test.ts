/** The live control room's rows come from what the teams' games report, over many seeds. */
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../../src/game/game';
import { RANDOM, rand } from '../../../src/game/strategies';
import type { TeamRow } from '../../../src/live/protocol';
import { Progress } from '../../../src/live/protocol';
import { liveReport } from '../../../src/view/live-progress';
import { roomModel } from '../../../src/view/live-room';
import { bundle } from '../scenario';

/** Plays until `stop` holds (or the debrief), a random but valid move at a time. */
function playUntil(game: Game, seed: number, stop: (g: Game) => boolean): Game {
  const r = rand(seed);
  for (let i = 0; i < 3000 && !stop(game) && !game.snapshot().machine.hasTag('debrief'); i++)
    game.send(RANDOM(game, r));
  return game;
}
const atReport = (q: number) => (g: Game) => {
  const m = g.snapshot().machine;
  return m.hasTag('report') && m.context.sim.quarter === q;
};
const row = (seat: number, g: Game, result: TeamRow['result'] = null): TeamRow => ({
  seat,
  name: `Team ${seat}`,
  progress: liveReport(g.bundle, g.snapshot()).progress,
  result,
});

describe('live progress and the control room', () => {
  it('what a game reports always passes the protocol, from start to debrief, over many seeds', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const g = createGame({ bundle, seed, length: 'masterclass' });
      const r = rand(seed);
      for (let i = 0; i < 3000 && !g.snapshot().machine.hasTag('debrief'); i++) {
        g.send(RANDOM(g, r));
        const rep = liveReport(g.bundle, g.snapshot());
        const parsed = Progress.safeParse({ type: 'progress', code: 'ACE347', token: 'a'.repeat(16), ...rep.progress });
        expect(parsed.success, JSON.stringify(rep.progress)).toBe(true);
      }
      expect(liveReport(g.bundle, g.snapshot()).finished).toBe(true);
    }
  });

  it('names phase and quarter, and marks a team at the report of the held quarter as waiting', () => {
    const early = createGame({ bundle, seed: 7, length: 'masterclass' });
    const atTwo = playUntil(createGame({ bundle, seed: 7, length: 'masterclass' }), 7, atReport(2));
    const atOne = playUntil(createGame({ bundle, seed: 8, length: 'masterclass' }), 8, atReport(1));
    const teams = [row(0, early), row(1, atOne), row(2, atTwo)];

    const free = roomModel(bundle, 'masterclass', teams, null);
    expect(free.rows.map((r) => r.quarter)).toEqual(['—', 'K1 van 4', 'K2 van 4']);
    expect(free.rows[2]!.phase).toMatch(/kwartaal 2/);
    expect(free.rows.some((r) => r.waiting)).toBe(false);
    expect(free.holdDefault).toBe(2);
    expect(free.quarters).toEqual([1, 2, 3, 4]);

    const held = roomModel(bundle, 'masterclass', teams, { quarter: 2 });
    expect(held.rows.map((r) => r.waiting)).toEqual([false, false, true]);
    expect(held.rows[2]!.phase).toMatch(/wacht$/);
    expect(held.summary).toContain('1 van 3 wachten aan het eind van kwartaal 2');
  });

  it('shows the triad and the key indicators in words, and a dash for a team without progress', () => {
    const g = playUntil(createGame({ bundle, seed: 3, length: 'masterclass' }), 3, atReport(1));
    const none: TeamRow = { seat: 1, name: 'Laat', progress: null, result: null };
    const m = roomModel(bundle, 'masterclass', [row(0, g, { events: 9, final: false }), none], null);
    expect(m.rows[0]!.triad.map((t) => t.label)).toEqual(m.triadLabels);
    expect(m.rows[0]!.triad.every((t) => /^\d+$/.test(t.value))).toBe(true);
    expect(m.rows[0]!.indicators).toHaveLength(m.indicatorLabels.length);
    expect(m.rows[0]!.result).toBe('tussenstand');
    expect(m.rows[1]).toMatchObject({ phase: 'Nog niet begonnen', quarter: '—', result: 'nog niet' });
    expect(m.rows[1]!.indicators.every((i) => i.value === '—')).toBe(true);
  });
});
