import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { shellTexts } from './build/shellTexts';

/** Unit tests in Node; component tests (*.test.tsx) render the forms in jsdom. */
export default defineConfig({
  plugins: [react(), shellTexts(resolve(import.meta.dirname, 'src'))],
  test: {
    // Two files at once on two cores (vitest's default is one fewer worker than cores): 51 s against 72 s.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
          testTimeout: 20_000,
          // One module graph per worker: react-admin and MUI load once, not once per file (each test
          // scripts its own GraphQL answers and language).
          isolate: false,
        },
      },
    ],
  },
});
