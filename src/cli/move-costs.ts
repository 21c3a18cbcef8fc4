/**
 * Where a headless game's time goes, move by move (`npm run bench -- --zetten`): each move type's
 * time in game.send, and the strategy's own time to choose. A move that changes nothing in the
 * model (agenda.finish, scan.finish) shows what the statechart costs on its own.
 */
import { createGame } from '../game/game';
import { type Rand, rand, type Strategy } from '../game/strategies';
import type { ScenarioBundle } from '../sim/schema';

export interface MoveCost {
  /** The move type, or "kiezen (strategie)" for the strategy's own time. */
  move: string;
  perGame: number;
  microsEach: number;
  msPerGame: number;
}

/** The strategy's own time, reported next to the moves. */
export const CHOOSING = 'kiezen (strategie)';

/** Time spent and times counted, per move type. */
type Tally = Map<string, { ms: number; n: number }>;

function play(bundle: ScenarioBundle, seed: number, strategy: Strategy, r: Rand, into?: Tally) {
  const game = createGame({ bundle, seed });
  const add = (key: string, ms: number) => {
    if (!into) return;
    const row = into.get(key) ?? { ms: 0, n: 0 };
    into.set(key, { ms: row.ms + ms, n: row.n + 1 });
  };
  while (!game.snapshot().machine.hasTag('debrief')) {
    const t0 = performance.now();
    const event = strategy(game, r);
    const t1 = performance.now();
    if (!game.send(event)) throw new Error(`zet geweigerd: ${JSON.stringify(event)}`);
    add(CHOOSING, t1 - t0);
    add(event.type, performance.now() - t1);
  }
}

/** Plays `games` games after `warm` unmeasured ones; the moves by time per game, largest first. */
export function moveCosts(bundle: ScenarioBundle, strategy: Strategy, games: number, warm: number): MoveCost[] {
  for (let s = 0; s < warm; s++) play(bundle, s, strategy, rand(s));
  const rows: Tally = new Map();
  for (let s = warm; s < warm + games; s++) play(bundle, 1000 + s, strategy, rand(s), rows);
  return [...rows]
    .map(([move, { ms, n }]) => ({
      move,
      perGame: n / games,
      microsEach: (ms / n) * 1000,
      msPerGame: ms / games,
    }))
    .sort((x, y) => y.msPerGame - x.msPerGame);
}
