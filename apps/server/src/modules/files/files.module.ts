import { defineModule } from '@patron/sdk';
import { FileService } from './file.service.js';
import { FilesResolver } from './files.resolver.js';
import { Migration20261205000004_files } from './Migration20261205000004_files.js';
import { Migration20261205000027_file_chunks } from './Migration20261205000027_file_chunks.js';
import { Migration20261205000037_file_chunks_uncompressed } from './Migration20261205000037_file_chunks_uncompressed.js';
import { Migration20261206200000_file_stored_at } from './Migration20261206200000_file_stored_at.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Files kept for a while: uploads a call names by id, exports and reports their owner downloads. */
    files: FileService;
  }
}

/**
 * Files uploaded through `POST /files` (the route is mounted in http/http-server.ts), and the
 * largest one it takes (`uploadMaxBytes`).
 */
export const filesModule = defineModule({
  name: 'files',
  needs: ['sql'],
  services: {
    files: ({ sql }) => new FileService(sql),
  },
  resolvers: [FilesResolver],
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
  migrations: [
    { name: 'Migration20261205000004_files', class: Migration20261205000004_files },
    { name: 'Migration20261205000027_file_chunks', class: Migration20261205000027_file_chunks },
    {
      name: 'Migration20261205000037_file_chunks_uncompressed',
      class: Migration20261205000037_file_chunks_uncompressed,
    },
    { name: 'Migration20261206200000_file_stored_at', class: Migration20261206200000_file_stored_at },
  ],
});
