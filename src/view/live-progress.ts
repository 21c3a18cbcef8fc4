/**
 * What a team's device tells the facilitator's control room while it plays: the phase, the
 * quarter, the value triad and the key indicators, read from the game's snapshot. The server
 * never trusts these numbers for a result (it replays the result code); they only show progress.
 */
import type { GameSnapshot } from '../game/game';
import type { GameProgress } from '../live/participant';
import { triad } from '../sim/rules';
import type { ScenarioBundle } from '../sim/schema';
import { keyIndicators } from './compare';
import { phaseId } from './live-room';

export interface LiveReport {
  progress: GameProgress;
  finished: boolean;
}

export function liveReport(b: ScenarioBundle, snap: GameSnapshot): LiveReport {
  const m = snap.machine;
  const sim = m.context.sim;
  return {
    progress: {
      events: snap.version,
      phase: phaseId(m.value as string | Record<string, unknown>),
      quarter: sim.quarter,
      triad: triad(b, sim.values),
      indicators: keyIndicators(b).map((ind) => ({ id: ind.id, value: sim.values[ind.id] ?? 0 })),
    },
    finished: m.hasTag('debrief'),
  };
}
