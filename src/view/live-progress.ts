/**
 * What a team's device tells the facilitator's control room while it plays: the phase, the
 * quarter, the value triad and the key indicators, read from the game's snapshot. The server
 * never trusts these numbers for a result (it replays the log); they only show progress live.
 */
import type { GameSnapshot } from '../game/game';
import { triad } from '../sim/rules';
import type { ScenarioBundle } from '../sim/schema';
import { keyIndicators } from './compare';
import { fmt } from './format';
import { phaseLabel } from './game-view';

export interface LiveProgress {
  phase: string;
  /** The quarter being played; 0 before the first quarter. */
  quarter: number;
  /** The quarters this game's length has. */
  quarters: number;
  finished: boolean;
  triad: { client: number; medewerker: number; organisatie: number };
  indicators: { id: string; label: string; value: number; text: string }[];
}

export function liveProgress(b: ScenarioBundle, snap: GameSnapshot): LiveProgress {
  const m = snap.machine;
  const sim = m.context.sim;
  return {
    phase: phaseLabel(b, snap),
    quarter: sim.quarter,
    quarters: b.scenario.quarters,
    finished: m.hasTag('debrief'),
    triad: triad(b, sim.values),
    indicators: keyIndicators(b).map((ind) => {
      const value = sim.values[ind.id] ?? 0;
      return { id: ind.id, label: ind.label, value, text: fmt(ind, value) };
    }),
  };
}
