/** The real scenario, loaded once per test file the same way the CLI loads it. */
import { loadScenarioById } from '../../src/content/from-disk';

export const bundle = loadScenarioById('het-baken');
