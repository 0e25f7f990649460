import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { fromStartFolder } from './backup.js';
import { type Command, UsageError } from './command.js';

const HELP = `usage: pnpm patron restore FILE [--yes]

Restores a backup written by pnpm patron backup (or a nightly one) into the database Patron uses —
DATABASE_URL, or the embedded PostgreSQL in PATRON_DATA_DIR (a new folder becomes a new database;
stop Patron first) — which must be empty: a database holding a workspace is refused. It applies the
migrations the backup was taken at, loads every table in one transaction and checks each against
the backup before committing (a failed restore leaves the database empty), then applies this
Patron's later migrations. A backup of the embedded database brings its secret key along.

  --yes  restore without asking; required when stdin is not a terminal. It never lets a restore
         into a database that holds data`;

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { yes: { type: 'boolean', short: 'y' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function confirmed(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

const command: Command = {
  summary: 'restore a backup into an empty database',
  async run(args) {
    const { values, positionals } = options(args);
    if (values.help) {
      console.log(HELP);
      return;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        'FILE: name one backup file, e.g. pnpm patron restore patron-backup-2026-12-10T03-00-12.tar.gz',
      );
    }
    const file = fromStartFolder(positionals[0] as string);
    if (
      !(await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      throw new UsageError(`FILE: there is no file ${file}`);
    const { readManifest } = await import('../modules/backups/archive-reader.js');
    const { DamagedBackup } = await import('../modules/backups/backup-format.js');
    const manifest = await readManifest(file).catch((error: unknown) => {
      throw error instanceof DamagedBackup ? new UsageError(`FILE: ${file}: ${error.message}`) : error;
    });
    const rows = (table: string) => manifest.tables.find((t) => t.name === table)?.rows ?? 0;
    console.log(
      `Backup of ${manifest.createdAt} by Patron ${manifest.patronVersion}: ${rows('workspace')} workspace(s), ` +
        `${rows('customer').toLocaleString('en')} customers`,
    );

    const { databaseLabel, readConfig, startDatabase } = await import('./configured-database.js');
    const config = readConfig();
    const label = databaseLabel(config);
    if (!values.yes) {
      if (!process.stdin.isTTY)
        throw new UsageError('--yes is required when stdin is not a terminal (nothing to ask on)');
      if (!(await confirmed(`Restore it into ${label}? [y/N] `))) {
        console.log('Nothing was restored.');
        return;
      }
    }

    const { loadPlugins } = await import('../plugins.js');
    const { databaseParts } = await import('../app.js');
    const { restoreBackup, RestoreRefused } = await import('../modules/backups/restore-backup.js');
    const { keepSecretKey } = await import('../config/kept-secret-key.js');
    const started = Date.now();
    const parts = databaseParts(await loadPlugins(config.plugins, config.pluginOptions));
    const database = await startDatabase(config, (message) => console.log(message));
    try {
      const restored = await restoreBackup(database, file, parts, (message) => console.log(message)).catch(
        (error: unknown) => {
          if (error instanceof RestoreRefused) throw error;
          const reason =
            error instanceof DamagedBackup ? `${file}: ${error.message}` : (error as Error).message;
          throw new Error(`${reason}. No data was restored: ${database.label} is empty`);
        },
      );
      console.log(
        `Restored ${file} into ${database.label} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
      const key = restored.secretKey;
      if (key && database.dataDir && !config.secretKey) {
        await keepSecretKey(database.dataDir, key);
        console.log("  kept the backup's secret key in the data folder");
      } else if (key && key !== config.secretKey) {
        console.log(
          '  The backup carries the secret key its stored secrets (channel passwords, two-factor secrets) are ' +
            `encrypted with: start Patron with PATRON_SECRET_KEY set to it (tar -xzOf ${file} secret-key).`,
        );
      }
      console.log('  Start Patron: pnpm start');
    } finally {
      await database.stop();
    }
  },
};
export default command;
