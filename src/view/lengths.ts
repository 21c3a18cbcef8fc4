/** The lengths a new game can be played at, as the start screen offers them (the full one first). */
import { lengthsOf } from '../sim/lengths';
import type { ScenarioBundle } from '../sim/schema';

export interface LengthChoice {
  id: string;
  label: string;
  /** One plain line: how many quarters, and how long to reckon with. */
  blurb: string;
}

export const lengthChoices = (b: ScenarioBundle): LengthChoice[] =>
  lengthsOf(b).map(({ id, label, blurb }) => ({ id, label, blurb }));
