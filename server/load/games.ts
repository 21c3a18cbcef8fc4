/**
 * The games the load script's simulated teams play: real games on the session's seed and length,
 * played by the random strategy, turned into what a team's browser sends — one progress message
 * per event, an interim result at the middle quarter and the final result at the end.
 */
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { RANDOM, rand } from '../../src/game/strategies';
import type { TeamProgress } from '../../src/live/protocol';
import { triad } from '../../src/sim/rules';
import type { ScenarioBundle } from '../../src/sim/schema';
import { keyIndicators } from '../../src/view/compare';

export type Step =
  | { kind: 'progress'; progress: TeamProgress }
  | { kind: 'result'; resultCode: string; events: number };

/** A team's game as messages, in order: an interim result when the game reaches its middle quarter. */
export function teamSteps(bundle: ScenarioBundle, seed: number, length: string, player: number): Step[] {
  const game = createGame({ bundle, seed, length });
  const r = rand(player);
  const key = keyIndicators(game.bundle).map((i) => i.id);
  const middle = Math.ceil(game.bundle.scenario.quarters / 2);
  let interim = false;
  const steps: Step[] = [];
  while (!game.snapshot().machine.hasTag('debrief')) {
    if (!game.send(RANDOM(game, r)) || game.log.length > 5000) throw new Error('de willekeurige speler liep vast');
    const m = game.snapshot().machine;
    const sim = m.context.sim;
    steps.push({
      kind: 'progress',
      progress: {
        events: game.log.length,
        phase: typeof m.value === 'string' ? m.value : (Object.keys(m.value)[0] ?? 'spel'),
        quarter: sim.quarter,
        triad: triad(game.bundle, sim.values),
        indicators: key.map((id) => ({ id, value: sim.values[id] ?? 0 })),
      },
    });
    if (!interim && sim.quarter >= middle) {
      interim = true;
      steps.push({ kind: 'result', resultCode: toResultCode(game), events: game.log.length });
    }
  }
  steps.push({ kind: 'result', resultCode: toResultCode(game), events: game.log.length });
  return steps;
}
