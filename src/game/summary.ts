/** A plain, stable summary of a finished (or running) game, for the CLI, golden tests and exports. */
import { evaluateGoals, scoreDiagnosis, triad } from '../sim/rules';
import type { Game } from './game';

const round = (n: number) => Math.round(n * 1000) / 1000;
const rounded = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));

export function summarize(game: Game) {
  const { sim } = game.snapshot().machine.context;
  const b = game.bundle;
  return {
    scenario: b.scenario.id,
    contentVersion: b.scenario.contentVersion,
    seed: game.seed,
    events: game.log.length,
    finished: game.snapshot().machine.hasTag('debrief'),
    final: {
      values: rounded(sim.values),
      trust: rounded(sim.trust),
      budget: round(sim.budget),
      ladder: sim.ladder,
      triad: triad(b, sim.values),
      yearLater: sim.epilogue ? triad(b, sim.epilogue) : null,
      goals: evaluateGoals(b, sim).map((g) => ({
        id: g.id,
        level: g.level,
        target: g.target,
        end: round(g.end),
        result: g.result,
      })),
      diagnosis: scoreDiagnosis(b, sim),
      inspections: sim.inspections,
      bought: sim.bought,
      facts: Object.keys(sim.facts),
      flags: sim.flags,
    },
    history: sim.history.map(rounded),
    decisions: sim.decisions.map((d) => ({ quarter: d.quarter, phase: d.phase, label: d.label, detail: d.detail })),
  };
}
