/**
 * A dilemma's decision point run on its own: its knot up to the first choice, over the scenario's
 * starting state, and what each option would set in motion (Narrative.preview()). Shared by the
 * dilemma session's view model and the content check (every flag an option sets needs words).
 */
import { initialSimState, resolveRef, test } from '../sim/model';
import type { ScenarioBundle } from '../sim/schema';
import { type Line, Narrative } from './conversation';
import type { Command } from './tags';

export interface Option {
  text: string;
  /** Effects, flags and reveals choosing this option issues, up to the next choice. */
  commands: Command[];
}
export interface Opened {
  lines: Line[];
  options: Option[];
  error?: string;
}

/** A fixed seed: the preview of a dilemma is the same in every session and in the tests. */
export const PREVIEW_SEED = 1;

/** Reads for the ink over the scenario's starting state (quarter 0, nothing bought or seen). */
export function startReads(b: ScenarioBundle, seed = PREVIEW_SEED) {
  const s = initialSimState(b, seed);
  return { get: (p: string) => resolveRef(b, s, p), test: (e: string) => test(b, s, e) };
}

/** Runs the dilemma's knot up to its first choice and looks at what each option would do. */
export function openDilemma(b: ScenarioBundle, d: { story: string; knot: string }): Opened {
  const narrative = new Narrative(b.stories, startReads(b), () => {}, PREVIEW_SEED);
  const step = narrative.start(d.story, d.knot);
  if (step.error) return { lines: [], options: [], error: step.error };
  const previews = narrative.preview();
  return {
    lines: step.lines,
    options: step.choices.map((text, i) => ({ text, commands: previews[i] ?? [] })),
  };
}
