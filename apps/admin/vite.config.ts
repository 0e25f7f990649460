import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineDocuments } from './build/inlineDocuments';

export default defineConfig({
  base: '/',
  plugins: [inlineDocuments(), react()],
  build: {
    outDir: 'dist',
    // GraphiQL brings Monaco; the playground is its own entry, so the size is paid only there.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // Two pages: the admin SPA (dist/index.html) and the offline GraphQL playground (dist/graphiql.html).
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
      onwarn(warning, warn) {
        // "use client" / "use no memo" in dependencies mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
