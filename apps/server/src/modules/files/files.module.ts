import { defineModule } from '@patron/sdk';
import { FileService } from './file.service.js';
import { Migration20261205000004_files } from './Migration20261205000004_files.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Uploads kept a day for the call that names them (balance files, imports). */
    files: FileService;
  }
}

/** Files uploaded through `POST /files` (the route is mounted in http/http-server.ts). */
export const filesModule = defineModule({
  name: 'files',
  needs: ['sql'],
  services: {
    files: ({ sql }) => new FileService(sql),
  },
  jobs: [
    {
      name: 'files.prune',
      everyMs: 60 * 60 * 1000,
      // One delete takes every expired upload: nothing is left for another round.
      step: async ({ files }) => {
        await files.prune();
        return false;
      },
    },
  ],
  migrations: [{ name: 'Migration20261205000004_files', class: Migration20261205000004_files }],
});
