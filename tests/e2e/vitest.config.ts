import { defineConfig } from 'vitest/config';

// End-to-end runs drive the system Chromium against the built game (npm run build first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
