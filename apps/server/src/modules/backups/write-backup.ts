import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import tar from 'tar-stream';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackedUpTable,
  type BackupManifest,
  COPY_SESSION_SETTINGS,
  MANIFEST_ENTRY,
  patronVersion,
  SECRET_KEY_ENTRY,
  tableEntry,
} from './backup-format.js';
import { ChecksumStream } from './checksum-stream.js';
import { copyOutRows } from './copy-out-rows.js';
import { quoted, sequenceValues, tablesInLoadOrder } from './database-tables.js';

export interface BackupSummary {
  file: string;
  manifest: BackupManifest;
  /** The archive's size. */
  bytes: number;
}

/** Spool folders and unfinished archives start with this, beside the archive being written. */
export const UNFINISHED_PREFIX = '.patron-backup-';

/**
 * Writes a backup of the database at `databaseUrl` to `file` (gzip'd tar, see backup-format.ts).
 * Every table is read in one REPEATABLE READ, READ ONLY transaction, so the backup is one moment of
 * the database however long it takes and whatever is written meanwhile. Each table is streamed with
 * COPY to a gzip'd spool file beside the archive (a tar entry's header needs its size, the manifest its
 * checksum, before its bytes), then the archive is written from the spool and renamed into place:
 * memory stays flat for any number of rows, and `file` is whole or absent. `secretKey`: the key the
 * embedded database's secrets are encrypted with, carried so that a move keeps them readable.
 */
export async function writeBackup(
  databaseUrl: string,
  file: string,
  options: { secretKey?: string | null; log?: (message: string) => void } = {},
): Promise<BackupSummary> {
  const log = options.log ?? (() => {});
  const spool = await mkdtemp(join(dirname(file), UNFINISHED_PREFIX));
  const unfinished = `${spool}.tar.gz`;
  try {
    const manifest = await dumpTables(databaseUrl, spool, Boolean(options.secretKey), log);
    await writeArchive(unfinished, manifest, spool, options.secretKey ?? null);
    await rename(unfinished, file);
    return { file, manifest, bytes: (await stat(file)).size };
  } finally {
    await rm(spool, { recursive: true, force: true });
    await rm(unfinished, { force: true });
  }
}

/** A table's COPY text, gzip'd at its fastest level: the spool then needs a fraction of the table's size on disk. */
function spoolFile(spool: string, table: string): string {
  return join(spool, `${table}.copy.gz`);
}

async function dumpTables(
  databaseUrl: string,
  spool: string,
  secretKey: boolean,
  log: (message: string) => void,
): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'patron-backup' });
  await client.connect();
  try {
    await client.query(COPY_SESSION_SETTINGS);
    await client.query('begin isolation level repeatable read, read only');
    // The first statement takes the transaction's snapshot: everything below sees that moment.
    const { rows: migrations } = await client.query<{ name: string }>(
      'select name from mikro_orm_migrations order by id',
    );
    const tables: BackedUpTable[] = [];
    for (const table of await tablesInLoadOrder(client)) {
      const q = quoted(client, table);
      const checksum = new ChecksumStream();
      const rows = await copyOutRows(
        client,
        `copy ${q.table} (${q.columns}) to stdout`,
        checksum,
        createGzip({ level: 1 }),
        createWriteStream(spoolFile(spool, table.name)),
      );
      tables.push({ ...table, rows, bytes: checksum.bytes, sha256: checksum.sha256() });
    }
    // Sequences stand outside transactions: read after the snapshot, they are at or past every
    // value its rows hold, so a restored database never hands out a number twice.
    const sequences = await sequenceValues(client);
    const { rows: server } = await client.query<{ version: string }>(
      "select current_setting('server_version') as version",
    );
    await client.query('commit');
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    log(`read ${tables.length} tables, ${rows.toLocaleString('en')} rows`);
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      patronVersion: patronVersion(),
      postgresVersion: server[0]?.version ?? '',
      createdAt: new Date().toISOString(),
      migrations: migrations.map((m) => m.name),
      tables,
      sequences,
      secretKey,
    };
  } finally {
    await client.end();
  }
}

async function writeArchive(
  file: string,
  manifest: BackupManifest,
  spool: string,
  secretKey: string | null,
): Promise<void> {
  const pack = tar.pack();
  const mtime = new Date(manifest.createdAt);
  // flush: the archive is on disk before it is renamed into place.
  const written = pipeline(pack, createGzip(), createWriteStream(file, { mode: 0o600, flush: true }));
  // Should writing fail (a full disk), the entry being added fails with it.
  const failed = new Promise<never>((_, reject) => written.catch(reject));
  failed.catch(() => {});
  try {
    pack.entry({ name: MANIFEST_ENTRY, mode: 0o600, mtime }, `${JSON.stringify(manifest, null, 1)}\n`);
    if (secretKey) pack.entry({ name: SECRET_KEY_ENTRY, mode: 0o600, mtime }, `${secretKey}\n`);
    for (const table of manifest.tables) {
      const entry = pack.entry({ name: tableEntry(table.name), size: table.bytes, mode: 0o600, mtime });
      await Promise.race([
        failed,
        pipeline(createReadStream(spoolFile(spool, table.name)), createGunzip(), entry),
      ]);
    }
    pack.finalize();
    await written;
  } catch (error) {
    pack.destroy();
    await written.catch(() => {});
    throw error;
  }
}
