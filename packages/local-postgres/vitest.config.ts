import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starting and stopping real PostgreSQL servers takes seconds, more on a busy CI machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
