/**
 * "Stop nu": a game stopped before its end is shown as a tussenstand (its Terugblik so far) and its
 * result code, read in elsewhere, replays to the same point and says where it stopped. Interim is
 * not a flag in the code but what the replay shows: a log that does not reach the Terugblik.
 */
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../../src/game/game';
import { fromResultCode, toResultCode } from '../../../src/game/result-code';
import { playToEnd, rand, scripted } from '../../../src/game/strategies';
import { gameView } from '../../../src/view/game-view';
import { bundle } from '../scenario';

const high = scripted(bundle.strategies.strategies.find((s) => s.id === 'hoge-weg')!);

/** Plays the high road until `until` holds. */
function playUntil(seed: number, until: (g: Game) => boolean): Game {
  const g = createGame({ bundle, seed });
  const r = rand(seed);
  for (let i = 0; i < 3000 && !until(g); i++) expect(g.send(high(g, r))).toBe(true);
  return g;
}
const view = (g: Game, interim: boolean) =>
  gameView({
    bundle: g.bundle,
    snap: g.snapshot(),
    seed: g.seed,
    team: false,
    viewing: false,
    basis: null,
    code: 'CODE',
    interim,
  });

describe('stop and hand in at any time', () => {
  it('a game stopped in quarter 2 shows its Terugblik so far as a tussenstand that says where it stopped', () => {
    const g = playUntil(
      3,
      (x) => x.snapshot().machine.context.sim.quarter === 2 && x.snapshot().machine.hasTag('budget'),
    );
    const playing = view(g, false);
    expect(playing.screen.kind).toBe('budget');
    expect(playing.interim).toBeNull();
    const stopped = view(g, true);
    expect(stopped.screen.kind).toBe('debrief');
    expect(stopped.screen.title).toBe('Tussenstand');
    expect(stopped.interim).toMatch(
      /^Gestopt in: Actieperiode 1 · kwartaal 2 \(van 6 kwartalen\)\. Het spel was nog niet af/,
    );
    expect(stopped.key).not.toBe(playing.key);
    if (stopped.screen.kind !== 'debrief') throw new Error(stopped.screen.kind);
    expect(stopped.screen.triad.endLabel).toBe('Bij het stoppen');
  });

  it('its result code reads in at the same point, still a tussenstand, also when stopped in a conversation', () => {
    const inQuarter = playUntil(5, (x) => x.snapshot().machine.context.sim.quarter === 3);
    const inTalk = playUntil(6, (x) => !!x.snapshot().dialogue && x.snapshot().machine.context.sim.quarter === 1);
    for (const g of [inQuarter, inTalk]) {
      const read = fromResultCode(toResultCode(g), bundle);
      if (!read.ok) throw new Error(read.message);
      expect(read.game.log).toEqual(g.log);
      expect(read.game.snapshot().machine.context.sim).toEqual(g.snapshot().machine.context.sim);
      expect(read.game.snapshot().machine.hasTag('debrief')).toBe(false);
      expect(view(read.game, true).interim).toBe(view(g, true).interim);
    }
    expect(view(inTalk, true).interim).toMatch(/midden in een gesprek/);
  });

  it('a finished game is never a tussenstand', () => {
    const g = playToEnd(createGame({ bundle, seed: 8 }), high, rand(8));
    const v = view(g, true);
    expect(v.interim).toBeNull();
    expect(v.screen.title).toBe('Terugblik');
  });
});
