import { defineConfig } from 'vitest/config';

/** Browser tests: the built SPA served by a real Patron on a real PostgreSQL, driven in Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['@patron/testkit/global-setup'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One worker for every file: the server's modules and Chromium's driver load once.
    isolate: false,
  },
});
