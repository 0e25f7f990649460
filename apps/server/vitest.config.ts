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
  },
});
