/** What every screen's view model is computed from. */
import type { GameSnapshot } from '../game/game';
import type { TrajectoryContext } from '../machines/trajectory';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';

export interface ViewCtx {
  b: ScenarioBundle;
  snap: GameSnapshot;
  ctx: TrajectoryContext;
  sim: SimState;
  team: boolean;
  /** The screen instance's key (see GameView.key). */
  key: string;
}
