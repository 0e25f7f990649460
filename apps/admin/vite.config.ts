import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { deferLibraryImports } from './build/deferLibraryImports';
import { firstScreenChunk } from './build/firstScreenChunk';
import { graphiqlPage } from './build/graphiqlPage';
import { inlineDocuments } from './build/inlineDocuments';
import { selfServicePages } from './build/selfServicePages';
import { shellTexts } from './build/shellTexts';

const firstScreen = firstScreenChunk(resolve(import.meta.dirname, 'src/main.tsx'));

export default defineConfig({
  base: '/',
  plugins: [
    inlineDocuments(),
    deferLibraryImports(),
    shellTexts(resolve(import.meta.dirname, 'src')),
    react(),
    firstScreen.plugin,
    graphiqlPage(import.meta.dirname, 'dist'),
    selfServicePages(import.meta.dirname, 'dist'),
  ],
  build: {
    outDir: 'dist',
    // The first screen is one chunk of ~1.7 MB (react-admin, MUI, Apollo alone are 1.1 MB); lazy screens are small.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // The admin SPA (dist/index.html); the offline GraphQL playground (dist/graphiql.html) and the
      // customers' self-service pages (dist/self-service.html) are built after it, each on its own.
      input: { main: resolve(import.meta.dirname, 'index.html') },
      output: { codeSplitting: { groups: [{ name: 'first-screen', test: firstScreen.test }] } },
      onwarn(warning, warn) {
        // "use client" / "use no memo" in dependencies mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  resolve: {
    alias: [
      // react-admin's lodash functions as es-toolkit's lodash-compatible ones: the same behaviour
      // (es-toolkit/compat runs lodash's own tests), 3.8 KB gzip less in the first screen.
      { find: /^lodash\/(\w+)(?:\.js)?$/, replacement: 'es-toolkit/compat/$1' },
      { find: /^object\.entries$/, replacement: resolve(import.meta.dirname, 'build/objectEntries.cjs') },
      // react-admin's default router (a data router) out of the bundle; App.tsx passes the hash router.
      {
        find: /^\.\/adapters\/reactRouterProvider\.js$/,
        replacement: resolve(import.meta.dirname, 'build/reactRouterProvider.ts'),
      },
    ],
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
