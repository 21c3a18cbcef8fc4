/**
 * The scenario as the CLI and the tests load it (src/content/from-disk.ts): kept on disk after a
 * clean load, and read back from there. What is read back must be exactly what loading the files
 * anew gives.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioById, loadScenarioDir, STORIES_DIR } from '../../src/content/from-disk';

describe('loadScenarioById', () => {
  it('reads back the same scenario it kept, and keeps it again when the kept file is gone', () => {
    const fresh = loadScenarioDir(join(STORIES_DIR, 'het-baken')).bundle;
    expect(fresh).toBeDefined();
    // Whatever an earlier run kept.
    expect(loadScenarioById('het-baken')).toEqual(fresh);
    rmSync(join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'koers', 'scenario'), {
      recursive: true,
      force: true,
    });
    expect(loadScenarioById('het-baken')).toEqual(fresh);
    expect(loadScenarioById('het_baken')).toEqual(fresh);
  });
});
