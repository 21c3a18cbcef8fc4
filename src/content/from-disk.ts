/** Node-side: reads a scenario folder and loads it (for the CLI, tests and the Vite plugin). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Loads a scenario by id from stories/, throwing a ContentError listing every problem. */
export function loadScenarioById(id: string) {
  const r = loadScenarioDir(join(STORIES_DIR, id.replace(/_/g, '-')));
  if (!r.bundle) throw new ContentError(r.problems);
  return r.bundle;
}

export function scenarioIds(): string[] {
  return readdirSync(STORIES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}
