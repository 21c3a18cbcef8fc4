import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
    // The scenario is loaded once for the whole run and handed to every file.
    globalSetup: ['tests/setup/scenario.ts'],
    // Files in one worker share loaded modules: importing the game, XState, inkjs and zod again for
    // every file cost about a third of the run. No test mocks a module, a test that stubs a global restores it, and the
    // shared scenario is frozen (tests/unit/scenario.ts).
    isolate: false,
    // Two workers on two cores (Vitest's default is cores - 1, here one): the live-server, Redis
    // and CLI tests wait on other processes much of the time. Measured at load ~6 with tsc running
    // beside it (npm test): 137 s with one worker, 78 s with two, the same CPU time.
    maxWorkers: 2,
    testTimeout: 30000,
  },
});
