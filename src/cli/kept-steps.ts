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
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cacheFile, sourceOf } from '../content/disk-cache';
import { exportSteps, importSteps, stepsRemembered } from '../narrative/step-memo';
import type { ScenarioBundle } from '../sim/schema';

const fileFor = (bundle: ScenarioBundle): string =>
  cacheFile('steps', [
    sourceOf('narrative'),
    ...Object.keys(bundle.stories)
      .sort()
      .flatMap((id) => [id, bundle.stories[id] ?? '']),
  ]);

let loaded = -1;

/** Fills this process's memo from the kept file, if there is a sound one; else it starts empty. */
export function loadKeptSteps(bundle: ScenarioBundle): void {
  try {
    importSteps(JSON.parse(readFileSync(fileFor(bundle), 'utf8')), (id) => bundle.stories[id]);
  } catch {
    // Not kept yet, or damaged: importSteps left the memo empty, and this run fills it anew.
  }
  loaded = stepsRemembered();
}

/** Writes this process's memo back if it learned steps since loadKeptSteps (write, then rename). */
export function keepSteps(bundle: ScenarioBundle): void {
  if (stepsRemembered() === loaded) return;
  const byJson = new Map(Object.entries(bundle.stories).map(([id, json]) => [json, id]));
  try {
    const file = fileFor(bundle);
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(exportSteps((json) => byJson.get(json))));
    renameSync(tmp, file);
    loaded = stepsRemembered();
  } catch {
    // A read-only checkout still plays; the next run only starts cold again.
  }
}
