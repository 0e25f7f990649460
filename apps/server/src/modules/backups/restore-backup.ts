import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type MigrationList, migrate, migrateTo, openDatabase } from '../../db/orm.js';
import { type ArchiveEntry, ArchiveReader, entryText, readManifest } from './archive-reader.js';
import {
  type BackedUpTable,
  type BackupManifest,
  COPY_SESSION_SETTINGS,
  DamagedBackup,
  MANIFEST_ENTRY,
  SECRET_KEY_ENTRY,
  tableEntry,
} from './backup-format.js';
import { ChecksumStream, discard } from './checksum-stream.js';
import { copyOutRows } from './copy-out-rows.js';
import { quoted, type TableShape, tablesInLoadOrder, tablesWithTriggers } from './database-tables.js';

/** The database a restore writes to, and how to name it to a person. */
export interface RestoreTarget {
  url: string;
  label: string;
}

/** A restore refused before it wrote anything: the target is not empty, or the versions do not fit. */
export class RestoreRefused extends Error {}

export interface RestoreSummary {
  manifest: BackupManifest;
  /** The embedded database's key the backup carries, if it does. */
  secretKey: string | null;
  /** Migrations of this Patron newer than the backup, applied after the load. */
  laterMigrations: string[];
}

const byName = (a: string, b: string) => a.localeCompare(b);

/**
 * Why this Patron cannot restore a backup taken at `backup`'s migrations, or null when it can: they
 * must be the first of its own, in the order it applies them, so that migrating an empty database
 * that far makes the schema the backup was taken from.
 */
export function migrationsProblem(
  backup: readonly string[],
  code: readonly string[],
  version: string,
): string | null {
  const taken = [...backup].sort(byName);
  const ours = [...code].sort(byName);
  const advice = `restore with Patron ${version} (the version the backup was taken with, with the same PATRON_PLUGINS), then upgrade`;
  const unknown = taken.filter((m) => !ours.includes(m));
  if (unknown.length) {
    return `the backup was taken at migrations this Patron does not have (${unknown.join(', ')}): ${advice}`;
  }
  const gap = ours.findIndex((m, i) => i < taken.length && m !== taken[i]);
  if (gap >= 0) {
    return `this Patron has the migration ${ours[gap]}, which comes before the backup's last one and is not in the backup: ${advice}`;
  }
  return null;
}

/**
 * Restores the backup in `file` into the empty database `target`: refuses a database holding a
 * workspace, applies this Patron's migrations up to the backup's, loads every table in one
 * transaction (checked against the manifest before it commits, so a failed restore leaves the
 * database empty), then applies this Patron's later migrations and database functions.
 */
export async function restoreBackup(
  target: RestoreTarget,
  file: string,
  code: { entities: unknown[]; migrations: MigrationList },
  log: (message: string) => void,
): Promise<RestoreSummary> {
  const manifest = await readManifest(file);
  const problem = migrationsProblem(
    manifest.migrations,
    code.migrations.map((m) => m.name),
    manifest.patronVersion,
  );
  if (problem) throw new RestoreRefused(problem);
  await withClient(target.url, (client) => refuseUnlessEmpty(client, target, manifest));

  const orm = await openDatabase(target.url, code.entities, 2, code.migrations);
  try {
    const last = [...manifest.migrations].sort(byName).at(-1) as string;
    const applied = await migrateTo(orm, last);
    if (applied.length) log(`applied the backup's migrations: ${applied.length}, up to ${last}`);
    const secretKey = await withClient(target.url, (client) => load(client, target, file, manifest, log));
    const later = await migrate(orm);
    if (later.migrations.length) log(`applied later migrations: ${later.migrations.join(', ')}`);
    if (later.functions.length) log(`applied database functions: ${later.functions.length}`);
    return { manifest, secretKey, laterMigrations: later.migrations };
  } finally {
    await orm.close(true);
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'patron-restore' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function holdings(client: pg.ClientBase): Promise<{ workspaces: number; customers: number }> {
  const { rows } = await client.query<{ workspaces: number; customers: number }>(
    'select (select count(*) from public.workspace)::int as workspaces, (select count(*) from public.customer)::int as customers',
  );
  return rows[0] ?? { workspaces: 0, customers: 0 };
}

function notEmpty(target: RestoreTarget, held: { workspaces: number; customers: number }): RestoreRefused {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  return new RestoreRefused(
    `${target.label} is not empty: it holds ${count(held.workspaces, 'workspace', 'workspaces')} and ` +
      `${count(held.customers, 'customer', 'customers')}. A backup is restored into an empty database only ` +
      '(a new database, or a new PATRON_DATA_DIR for the embedded one); nothing was changed',
  );
}

/** Before anything is written: no workspace, and no migration the backup does not have. */
async function refuseUnlessEmpty(
  client: pg.ClientBase,
  target: RestoreTarget,
  manifest: BackupManifest,
): Promise<void> {
  const { rows } = await client.query<{ workspace: boolean; migrations: boolean }>(
    `select to_regclass('public.workspace') is not null as workspace,
            to_regclass('public.mikro_orm_migrations') is not null as migrations`,
  );
  if (rows[0]?.workspace) {
    const held = await holdings(client);
    if (held.workspaces > 0) throw notEmpty(target, held);
  }
  if (rows[0]?.migrations) {
    const { rows: applied } = await client.query<{ name: string }>(
      'select name from public.mikro_orm_migrations',
    );
    const newer = applied.map((m) => m.name).filter((m) => !manifest.migrations.includes(m));
    if (newer.length) {
      throw new RestoreRefused(
        `${target.label} was migrated by a newer Patron than the backup's (${newer.join(', ')}): restore into a new database; nothing was changed`,
      );
    }
  }
}

/**
 * The load, one transaction: user triggers off for it (their work is in the rows already: balances,
 * customer numbers), each table's entry streamed into COPY and checked against its checksum, the
 * sequences set, then every table read back and compared with the manifest before the commit.
 * Returns the secret key the backup carries.
 */
async function load(
  client: pg.Client,
  target: RestoreTarget,
  file: string,
  manifest: BackupManifest,
  log: (message: string) => void,
): Promise<string | null> {
  const reader = new ArchiveReader(file);
  try {
    await client.query(COPY_SESSION_SETTINGS);
    await client.query('begin');
    // Nobody creates a workspace while the restore runs (a `pnpm start` that would add the demo).
    await client.query('lock table public.workspace in access exclusive mode');
    const held = await holdings(client);
    if (held.workspaces > 0) throw notEmpty(target, held);
    const shapes = await tablesInLoadOrder(client);
    const mismatch = shapeMismatch(shapes, manifest.tables);
    if (mismatch) {
      throw new RestoreRefused(
        `${target.label} does not have the backup's tables after its migrations (${mismatch}): restore with Patron ${manifest.patronVersion}`,
      );
    }
    const triggered = await tablesWithTriggers(client);
    // ALTER TABLE … DISABLE TRIGGER USER, not session_replication_role: the owner of the tables
    // may do it (a superuser is not needed), and foreign keys stay checked.
    for (const table of triggered) {
      await client.query(`alter table public.${client.escapeIdentifier(table)} disable trigger user`);
    }
    // A start that found the database empty leaves rows of its own (event cursors): they go.
    await client.query(`truncate ${manifest.tables.map((t) => quoted(client, t).table).join(', ')}`);

    let secretKey: string | null = null;
    let next = 0;
    for await (const entry of reader.entries()) {
      if (entry.name === MANIFEST_ENTRY) continue;
      if (entry.name === SECRET_KEY_ENTRY) {
        secretKey = (await entryText(entry)).trim() || null;
        continue;
      }
      const table = manifest.tables[next++];
      if (!table || entry.name !== tableEntry(table.name)) {
        throw new DamagedBackup(
          `it holds ${entry.name} where ${table ? tableEntry(table.name) : 'its end'} should be`,
        );
      }
      await loadTable(client, entry, table);
    }
    const missing = manifest.tables[next];
    if (missing) throw new DamagedBackup(`it ends before ${tableEntry(missing.name)}`);
    for (const sequence of manifest.sequences) {
      await client.query('select setval($1::regclass, $2::bigint, $3)', [
        `public.${client.escapeIdentifier(sequence.name)}`,
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await compareWithManifest(client, manifest.tables);
    for (const table of triggered) {
      await client.query(`alter table public.${client.escapeIdentifier(table)} enable trigger user`);
    }
    await client.query('commit');
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    log(`restored ${manifest.tables.length} tables, ${rows.toLocaleString('en')} rows`);
    return secretKey;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw await reader.explain(error);
  } finally {
    reader.close();
  }
}

function shapeMismatch(shapes: TableShape[], tables: BackedUpTable[]): string | null {
  const here = new Map(shapes.map((s) => [s.name, s]));
  for (const table of tables) {
    const shape = here.get(table.name);
    if (!shape) return `no table ${table.name}`;
    if (JSON.stringify(shape.columns) !== JSON.stringify(table.columns)) {
      return `the columns of ${table.name} differ`;
    }
    here.delete(table.name);
  }
  const extra = [...here.keys()];
  return extra.length ? `tables the backup does not have: ${extra.join(', ')}` : null;
}

async function loadTable(client: pg.Client, entry: ArchiveEntry, table: BackedUpTable): Promise<void> {
  const q = quoted(client, table);
  const checksum = new ChecksumStream();
  const copy = client.query(copyFrom(`copy ${q.table} (${q.columns}) from stdin`));
  await pipeline(entry.body, checksum, copy);
  if (checksum.bytes !== table.bytes || checksum.sha256() !== table.sha256) {
    throw new DamagedBackup(`its ${entry.name} does not match the checksum in its manifest`);
  }
  if (copy.rowCount !== table.rows) {
    throw new DamagedBackup(`its ${entry.name} holds ${copy.rowCount} rows, its manifest says ${table.rows}`);
  }
}

/** Every table read back as COPY writes it: the same rows and the same bytes as the backup's. */
async function compareWithManifest(client: pg.Client, tables: BackedUpTable[]): Promise<void> {
  for (const table of tables) {
    const q = quoted(client, table);
    const checksum = new ChecksumStream();
    const rows = await copyOutRows(client, `copy ${q.table} (${q.columns}) to stdout`, checksum, discard());
    if (rows !== table.rows || checksum.sha256() !== table.sha256) {
      throw new Error(
        `table ${table.name} reads back differently from the backup (${rows} rows, ${table.rows} in the backup)`,
      );
    }
  }
}
