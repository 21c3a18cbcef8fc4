/**
 * One headless game as plain data: what the batch mode prints per game and what the balance
 * table and the claims are computed from (per-quarter history, final state, inspections, purchases).
 */
import { createGame } from '../game/game';
import { playToEnd, rand, strategiesFor } from '../game/strategies';
import { summarize } from '../game/summary';
import { leanActor } from '../machines/lean-runtime';
import { must } from '../sim/scenario-index';
import type { ScenarioBundle } from '../sim/schema';
import { keepSteps, loadKeptSteps } from './kept-steps';
import type { Served } from './pool';

export type GameRecord = ReturnType<typeof playRecord>;

export function playRecord(bundle: ScenarioBundle, strategy: string, seed: number) {
  const play = must(strategiesFor(bundle)[strategy], `strategie "${strategy}"`);
  // Batch runs play thousands of games: the lean runtime, which plays them exactly as XState does.
  const game = playToEnd(createGame({ bundle, seed, actor: leanActor }), play, rand(seed ^ 0x5eed));
  const s = summarize(game);
  const { values, trust, budget, ladder, triad, yearLater, goals, inspections } = s.final;
  const { decisions } = game.snapshot().machine.context.sim;
  return {
    strategy,
    seed,
    /** history[q] = every indicator at the end of quarter q (0 = the start). */
    history: s.history,
    final: { values, trust, budget, ladder, triad, yearLater, goals },
    inspections: inspections.map((i) => ({ visit: i.visit, quarter: i.quarter, score: i.score, level: i.level })),
    // Every purchase, repeated ones included, in the order they were made.
    purchases: decisions.flatMap((d) =>
      d.cause?.startsWith('iv:') ? [{ id: d.cause.slice(3), quarter: d.quarter }] : [],
    ),
  };
}

/** The heaviest ladder step any visit in the game reached (0 without visits). */
export const worstLadder = (g: GameRecord) => Math.max(0, ...g.inspections.map((i) => i.level));

/** Batch work for the pool (sim --games, balance): game records, starting from the kept ink steps. */
export const playingRecords: Served<ScenarioBundle, { strategy: string; seed: number }, GameRecord> = {
  start: loadKeptSteps,
  work: (bundle, t) => playRecord(bundle, t.strategy, t.seed),
  done: keepSteps,
};
