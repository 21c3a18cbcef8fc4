import { defineConfig } from 'vitest/config';

// End-to-end runs drive the system Chromium against the built game (npm run build first). One
// preview server and one browser serve every file (global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/setup/scenario.ts', 'tests/e2e/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    // Three files at once on two cores: much of a browser test is waiting for the page, not CPU.
    maxWorkers: 3,
  },
});
