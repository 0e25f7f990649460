import { defineConfig } from 'vitest/config';

/** Browser tests: the built SPA served by a real Patron on a real PostgreSQL, driven in Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['@patron/testkit/global-setup'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits like a locator does: a loaded machine renders later (the default is 1 s).
    expect: { poll: { timeout: 30_000 } },
    fileParallelism: false,
    // One worker for every file: the server's modules and Chromium's driver load once.
    isolate: false,
  },
});
