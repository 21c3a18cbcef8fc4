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
    testTimeout: 30000,
  },
});
