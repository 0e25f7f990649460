import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupFileName, backupsIn, keepNewest, removeUnfinished } from './backup-files.js';
import { writeBackup } from './write-backup.js';

/** Where and how many nightly backups the embedded database keeps (PATRON_BACKUP_KEEP). */
export interface BackupSchedule {
  /** PATRON_DATA_DIR/backups */
  dir: string;
  /** The newest this many are kept; at least 1 (0 turns the nightly backups off: no module). */
  keep: number;
  databaseUrl: string;
  /** The key kept in the data folder, when the server's secrets use it (see write-backup.ts). */
  secretKey: string | null;
}

/** The hour of the night a backup is taken at, local time. */
export const BACKUP_HOUR = 3;

/** The last BACKUP_HOUR o'clock at or before `now`. */
export function lastBackupTime(now: Date): Date {
  const at = new Date(now);
  at.setHours(BACKUP_HOUR, 0, 0, 0);
  if (at > now) at.setDate(at.getDate() - 1);
  return at;
}

/**
 * A backup a night: the hourly run takes one when the newest in the folder is older than the last
 * 3 o'clock, so a server that runs all the time backs up between 3 and 4 at night, and one started
 * in the day that missed the night backs up at once.
 */
export class NightlyBackups {
  constructor(
    private readonly schedule: BackupSchedule,
    private readonly log: (message: string) => void,
  ) {}

  /** Takes a backup when one is due; returns its file, or null when none was due. */
  async takeIfDue(now = new Date()): Promise<string | null> {
    const { dir, keep } = this.schedule;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const [newest] = await backupsIn(dir);
    if (newest && (await stat(join(dir, newest))).mtime >= lastBackupTime(now)) return null;
    await removeUnfinished(dir);
    const file = join(dir, backupFileName(now));
    const backup = await writeBackup(this.schedule.databaseUrl, file, { secretKey: this.schedule.secretKey });
    const removed = await keepNewest(dir, keep);
    this.log(
      `nightly backup: ${file} (${(backup.bytes / 1024 / 1024).toFixed(1)} MB)` +
        (removed.length ? `; removed the older ${removed.join(', ')}` : ''),
    );
    return file;
  }
}
