import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['@patron/testkit/global-setup'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
