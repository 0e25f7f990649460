import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./vitest.global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files reuse their worker: each file still starts its own app on its own database, and loading
    // the app's modules once instead of per file takes minutes off a run.
    isolate: false,
    // Two files at once on two cores (vitest's default is one fewer worker than cores): a file waits on
    // PostgreSQL much of its time, so the suite ran in 267 s against 402 s one file at a time.
    maxWorkers: 2,
  },
});
