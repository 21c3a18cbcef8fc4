/** The view model of every screen along whole games: the right screen, plain data, the right version. */
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../../src/game/game';
import { RANDOM, rand } from '../../../src/game/strategies';
import { gameView, screenKey } from '../../../src/view/game-view';
import type { GameView } from '../../../src/view/models';
import { bundle } from '../scenario';

const TAG_OF: Record<string, string> = {
  intake: 'intake',
  scan: 'scan',
  diagnosis: 'diagnosis',
  plan: 'plan',
  agenda: 'agenda',
  budget: 'budget',
  verdict: 'verdict',
  report: 'report',
  interim: 'interim',
  borging: 'borging',
  final: 'final',
  debrief: 'debrief',
};

const view = (g: Game, team = false): GameView =>
  gameView({ bundle, snap: g.snapshot(), seed: g.seed, team, viewing: false, basis: null, code: 'CODE' });

/** Plays a whole game, handing every view to `each` before the next move. */
function play(seed: number, each: (v: GameView, g: Game) => void, team = false): Game {
  const g = createGame({ bundle, seed });
  const r = rand(seed);
  for (let i = 0; i < 3000 && !g.snapshot().machine.hasTag('debrief'); i++) {
    each(view(g, team), g);
    expect(g.send(RANDOM(g, r))).toBe(true);
  }
  each(view(g, team), g);
  return g;
}

describe('gameView', () => {
  it('shows the screen the machine is on, for the version the game is at, as plain data', () => {
    for (const seed of [1, 2, 3]) {
      const kinds = new Set<string>();
      play(seed, (v, g) => {
        const snap = g.snapshot();
        kinds.add(v.screen.kind);
        expect(v.version).toBe(g.log.length);
        if (snap.dialogue) expect(v.screen.kind).toBe('dialogue');
        else expect(snap.machine.hasTag(TAG_OF[v.screen.kind] ?? '?')).toBe(true);
        expect(v.key).toBe(screenKey(snap));
        // What the store holds survives a round trip through JSON (the budget's pure check aside).
        const plain = JSON.parse(JSON.stringify(v)) as GameView;
        expect(plain.version).toBe(v.version);
        expect(plain.screen.title).toBe(v.screen.title);
      });
      for (const k of ['intake', 'scan', 'diagnosis', 'plan', 'agenda', 'budget', 'report', 'final', 'debrief'])
        expect(kinds).toContain(k);
    }
  });

  it('a conversation keeps its key while it moves on; a new screen gets a new key', () => {
    let last: GameView | null = null;
    play(4, (v) => {
      if (last && last.screen.kind === 'dialogue' && v.screen.kind === 'dialogue' && last.screen.seq === v.screen.seq)
        expect(v.key).toBe(last.key);
      if (last && last.screen.kind !== v.screen.kind) expect(v.key).not.toBe(last.key);
      last = v;
    });
  });

  it('says the phase and the budget in the status bar, and the team in the session code', () => {
    const g = createGame({ bundle, seed: 482913 });
    const v = view(g, true);
    expect(v.status.code).toBe('Sessiecode 482913 · team');
    const named = gameView({
      bundle,
      snap: g.snapshot(),
      seed: 482913,
      team: true,
      teamName: 'Team Oost',
      viewing: false,
      basis: null,
      code: '',
    });
    // The team's name takes the place of the word "team": the facilitator reads both off the screen.
    expect(named.status.code).toBe('Sessiecode 482913 · Team Oost');
    expect(v.status.budget).toMatch(/^Veranderbudget [\d.]+ k€$/);
    expect(v.status.phase).toBe('Welkom');
    expect(v.status.title).toBe(bundle.scenario.title);
  });

  it('a team gets two questions before each decision that has prompts; alone, never', () => {
    let asked = 0;
    play(
      5,
      (v) => {
        if (v.screen.team) {
          asked++;
          expect(v.screen.team.questions.length).toBeGreaterThan(0);
          expect(v.screen.team.questions.length).toBeLessThanOrEqual(2);
        }
      },
      true,
    );
    expect(asked).toBeGreaterThan(5);
    play(5, (v) => expect(v.screen.team).toBeNull());
  });

  it('the world follows the model: fewer walkers as absence rises, windows lit with satisfaction', () => {
    const g = createGame({ bundle, seed: 9 });
    const w = view(g).world;
    const sim = g.snapshot().machine.context.sim;
    expect(w.walkers).toBe(Math.max(2, Math.round(12 - (sim.values.verzuim ?? 8))));
    expect(w.lit).toBeGreaterThanOrEqual(0.1);
    expect(w.lit).toBeLessThanOrEqual(1);
    expect(w.locations.map((l) => l.id)).toEqual(bundle.scenario.locations.map((l) => l.id));
  });
});
