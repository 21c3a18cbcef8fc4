/**
 * Vitest globalSetup: loads the real scenario once per run, in the main process, and hands it to
 * every test file (see tests/unit/scenario.ts). Loading it per file would redo the YAML, the ink
 * and the walk over every conversation path in each of a dozen files, because Vitest isolates
 * modules per file. A content error stops the run here, once, with file and line.
 */
import type { TestProject } from 'vitest/node';
import { loadScenarioById } from '../../src/content/from-disk';
import type { ScenarioBundle } from '../../src/sim/schema';

declare module 'vitest' {
  export interface ProvidedContext {
    bundle: ScenarioBundle;
  }
}

export default function setup(project: TestProject): void {
  project.provide('bundle', loadScenarioById('het-baken'));
}
