import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

/**
 * The GraphQL playground (dist/graphiql.html) is built on its own after the admin. As a second
 * input of one build it shared modules with the admin, so what GraphiQL uses of graphql-js (the
 * parser, validation) was bundled into what the admin's first screen downloads.
 */
export function graphiqlPage(root: string, outDir: string): Plugin {
  return {
    name: 'patron:graphiql-page',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root,
        base: '/',
        logLevel: 'warn',
        plugins: [react()],
        build: {
          outDir,
          emptyOutDir: false,
          // GraphiQL brings Monaco; the size is paid only on this page.
          chunkSizeWarningLimit: 4000,
          rolldownOptions: {
            input: { graphiql: resolve(root, 'graphiql.html') },
            onwarn(warning, warn) {
              if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
              warn(warning);
            },
          },
        },
      });
    },
  };
}
