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
    // Two files at once, each with its own server, database and browser: a file spends much of its time
    // waiting on the browser and the server, so two share the machine's two cores (measured on 6 files:
    // 179 s against 253 s one after the other; a third worker gained 7 % more and doubled the load).
    fileParallelism: true,
    maxWorkers: 2,
    // A worker keeps its files' modules: the server's modules and Chromium's driver load once per worker.
    isolate: false,
  },
});
