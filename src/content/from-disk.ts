/** Node-side: reads a scenario folder and loads it (for the CLI, tests and the Vite plugin). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ScenarioBundle } from '../sim/schema';
import { onDisk, sourceOf, versionOf } from './disk-cache';
import { type LoadResult, loadScenario } from './load';
import { ContentError } from './problems';

export const STORIES_DIR = join(import.meta.dirname, '..', '..', 'stories');

export function scenarioFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.yaml') || name.endsWith('.ink')) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

export function loadScenarioDir(dir: string): LoadResult {
  return loadScenario(relative(process.cwd(), dir) || dir, scenarioFiles(dir));
}

/**
 * Loads a scenario by id from stories/, throwing a ContentError listing every problem. A scenario
 * that loads cleanly is kept on disk under a hash of its files, of the loader's code (the modules
 * it imports live in content/, sim/ and narrative/) and of the libraries that parse it: the next
 * CLI or test run reads it back in milliseconds instead of half a second of parsing and checking.
 * A changed file, module or library simply misses; content:check and the build always load anew.
 */
export function loadScenarioById(id: string): ScenarioBundle {
  const dir = join(STORIES_DIR, id.replace(/_/g, '-'));
  const files = scenarioFiles(dir);
  const load = (): ScenarioBundle => {
    const r = loadScenario(relative(process.cwd(), dir) || dir, files);
    if (!r.bundle) throw new ContentError(r.problems);
    return r.bundle;
  };
  const valid = (x: unknown): x is ScenarioBundle =>
    typeof x === 'object' && x !== null && 'fingerprint' in x && 'stories' in x && 'scenario' in x;
  const inputs = loaderInputs();
  return inputs
    ? onDisk(
        'scenario',
        [
          ...inputs,
          ...Object.keys(files)
            .sort()
            .flatMap((name) => [name, files[name] ?? '']),
        ],
        valid,
        load,
        4,
      )
    : load();
}

/** The loader's code and libraries as cache inputs; null where its source is not at hand (bundled code). */
function loaderInputs(): string[] | null {
  try {
    return [...['content', 'sim', 'narrative'].map(sourceOf), ...['yaml', 'zod'].map(versionOf)];
  } catch {
    return null;
  }
}

export function scenarioIds(): string[] {
  return readdirSync(STORIES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}
