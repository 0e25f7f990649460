import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { inlineDocuments } from './inlineDocuments';

/**
 * The customers' self-service pages (dist/self-service.html, served at /self-service/) are built on
 * their own after the admin, like GraphiQL: as a second input of one build they would share chunks
 * with the admin, so the staff's first screen could grow and the customer's page load react-admin.
 */
export function selfServicePages(root: string, outDir: string): Plugin {
  return {
    name: 'patron:self-service-pages',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root,
        base: '/',
        logLevel: 'warn',
        plugins: [inlineDocuments({ as: 'text' }), react()],
        build: {
          outDir,
          emptyOutDir: false,
          // The sign-in screen is one chunk of ~425 KB (~134 KB gzip): React, the MUI components it draws,
          // the pages' texts. The other pages and each language's refusal texts are chunks fetched later.
          chunkSizeWarningLimit: 500,
          rolldownOptions: {
            input: { 'self-service': resolve(root, 'self-service.html') },
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
