/**
 * The step memo (src/narrative/step-memo.ts) kept on disk between batch runs. A process fills the
 * memo by running ink for every conversation path it meets for the first time; a batch of 1,000
 * games spends about a sixth of its time on that. Kept here, the next run (and every worker of
 * it) starts with the paths the last run found and runs ink only for new ones.
 *
 * What a remembered step holds depends on the compiled stories, on inkjs and on the code that
 * records and replays steps (src/narrative/), so the file is found under a hash of all three
 * (disk-cache.ts): a changed story or narrative module simply starts a new file. What the game
 * answers to ink is never kept: every replay asks the game again, so a kept step cannot carry one
 * game's state into another.
 */
import { readFileSync } from 'node:fs';
import { cacheFile, keep, sourceOf } from '../content/disk-cache';
import { exportSteps, importSteps, stepsRemembered } from '../narrative/step-memo';
import type { ScenarioBundle } from '../sim/schema';

const fileFor = (bundle: ScenarioBundle): string =>
  cacheFile('steps', [
    sourceOf('narrative'),
    ...Object.keys(bundle.stories)
      .sort()
      .flatMap((id) => [id, bundle.stories[id] ?? '']),
  ]);

/** How many steps the kept file holds, as far as this process knows (-1: not known to hold these). */
let loaded = -1;

/** Fills this process's memo from the kept file, if there is a sound one; else it goes on with what it has. */
export function loadKeptSteps(bundle: ScenarioBundle): void {
  try {
    importSteps(JSON.parse(readFileSync(fileFor(bundle), 'utf8')), (id) => bundle.stories[id]);
    loaded = stepsRemembered();
  } catch {
    // Not kept yet, or damaged (importSteps then emptied the memo): this run fills it and keeps it.
    loaded = -1;
  }
}

/** Writes this process's memo back unless the file already holds it; the last 4 versions stay. */
export function keepSteps(bundle: ScenarioBundle): void {
  if (stepsRemembered() === loaded) return;
  const byJson = new Map(Object.entries(bundle.stories).map(([id, json]) => [json, id]));
  let file: string;
  try {
    file = fileFor(bundle);
  } catch {
    return; // the narrative's source is not at hand (bundled code): nothing to key the file by
  }
  keep(
    file,
    exportSteps((json) => byJson.get(json)),
    4,
  );
  loaded = stepsRemembered();
}
