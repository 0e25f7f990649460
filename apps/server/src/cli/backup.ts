import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Command, UsageError } from './command.js';

const HELP = `usage: pnpm patron backup [--out FILE]

Writes a backup of the database Patron uses — DATABASE_URL, or the embedded PostgreSQL in
PATRON_DATA_DIR (stop Patron first; while it runs, it keeps nightly backups of its own) — to one
gzip'd tar: every table as of one moment, the sequences, the list of migrations, and for the
embedded database the secret key its stored secrets are encrypted with. Keep it as safe as the
database itself. Restore it with: pnpm patron restore FILE

  --out  the file to write (default patron-backup-<date and time>.tar.gz in the current folder);
         an existing file is never replaced`;

/** Where a relative path given to `pnpm patron` points: the folder pnpm was started in. */
export function fromStartFolder(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

const command: Command = {
  summary: 'write a backup of the database to one file',
  async run(args) {
    const values = options(args);
    if (values.help) {
      console.log(HELP);
      return;
    }
    if (values.out !== undefined && !values.out.trim()) throw new UsageError('--out names no file');
    const { backupFileName } = await import('../modules/backups/backup-files.js');
    const file = fromStartFolder(values.out?.trim() || backupFileName(new Date()));
    if (await exists(file)) throw new UsageError(`--out: ${file} exists; name a new file`);
    if (
      !(await stat(dirname(file)).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    ) {
      throw new UsageError(`--out: there is no folder ${dirname(file)}`);
    }
    const { readConfig, startDatabase } = await import('./configured-database.js');
    const config = readConfig();
    const { writeBackup } = await import('../modules/backups/write-backup.js');
    const { keptSecretKeyIfAny } = await import('../config/kept-secret-key.js');
    const started = Date.now();
    const database = await startDatabase(config, (message) => console.log(message));
    try {
      // The embedded database's secrets are encrypted with the key kept beside it, unless
      // PATRON_SECRET_KEY is set: then the operator keeps that key, and the backup does not.
      const secretKey =
        database.dataDir && !config.secretKey ? await keptSecretKeyIfAny(database.dataDir) : null;
      const backup = await writeBackup(database.url, file, {
        secretKey,
        log: (message) => console.log(message),
      });
      const customers = backup.manifest.tables.find((t) => t.name === 'customer')?.rows ?? 0;
      console.log(`Wrote ${file}`);
      console.log(
        `  ${customers.toLocaleString('en')} customers; ${(backup.bytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      if (secretKey) console.log('  it carries the secret key of the embedded database: keep it safe');
    } finally {
      await database.stop();
    }
  },
};
export default command;
