import { defineModule, type PatronModule } from '@patron/sdk';
import { type BackupSchedule, NightlyBackups } from './nightly-backups.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The embedded database's nightly backups in PATRON_DATA_DIR/backups. */
    nightlyBackups: NightlyBackups;
  }
}

export const NIGHTLY_BACKUP_JOB = 'backups.nightly';

/**
 * Nightly backups of the embedded database: enabled by `pnpm start` on the embedded PostgreSQL
 * unless PATRON_BACKUP_KEEP=0; an external database is the operator's to back up.
 */
export function backupsModule(schedule: BackupSchedule): PatronModule {
  return defineModule({
    name: 'backups',
    needs: ['log'],
    services: {
      nightlyBackups: ({ log }) => new NightlyBackups(schedule, log),
    },
    jobs: [
      {
        name: NIGHTLY_BACKUP_JOB,
        everyMs: 60 * 60_000,
        step: async ({ nightlyBackups }) => {
          await nightlyBackups.takeIfDue();
          return false;
        },
      },
    ],
  });
}
