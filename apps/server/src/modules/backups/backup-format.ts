import { readFileSync } from 'node:fs';

/**
 * A Patron backup is a gzip'd tar: `manifest.json` first, then `secret-key` when the backup carries
 * the embedded database's kept key, then one `tables/<table>.copy` per table in load order, each the
 * table's rows in COPY's text format.
 */
export const BACKUP_FORMAT = 'patron-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const SECRET_KEY_ENTRY = 'secret-key';

export function tableEntry(table: string): string {
  return `tables/${table}.copy`;
}

export interface BackedUpTable {
  name: string;
  /** The stored columns in the order of the entry's fields (generated columns are recomputed). */
  columns: { name: string; type: string }[];
  rows: number;
  bytes: number;
  /** SHA-256 (hex) of the table's entry: its rows as COPY writes them. */
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  patronVersion: string;
  postgresVersion: string;
  createdAt: string;
  /** Applied migrations, in the order they were applied. */
  migrations: string[];
  /** In load order: a table after those its foreign keys point to. */
  tables: BackedUpTable[];
  /** Values as text: bigint. */
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  secretKey: boolean;
}

/** The archive is not a readable Patron backup, or is damaged: nothing is restored from it. */
export class DamagedBackup extends Error {}

/**
 * Session settings of both sides: COPY's text of timestamps, intervals, floats and bytes depends on
 * them, and the restore compares what it loaded with the backup's checksums byte for byte.
 */
export const COPY_SESSION_SETTINGS = `
  set client_encoding = 'UTF8';
  set datestyle = 'ISO, YMD';
  set intervalstyle = 'postgres';
  set timezone = 'UTC';
  set extra_float_digits = 3;
  set bytea_output = 'hex';
  set synchronize_seqscans = off;`;

let version: string | undefined;

/** The server package's version: src and dist sit at the same depth below it. */
export function patronVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return version;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The manifest's text, checked enough that the restore can rely on its shape. */
export function parseManifest(text: string): BackupManifest {
  let value: Partial<BackupManifest>;
  try {
    value = JSON.parse(text) as Partial<BackupManifest>;
  } catch {
    throw new DamagedBackup('its manifest is not JSON');
  }
  if (value?.format !== BACKUP_FORMAT) throw new DamagedBackup('it is not a Patron backup');
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new DamagedBackup(
      `it is in backup format ${value.formatVersion}, this Patron reads format ${BACKUP_FORMAT_VERSION}: restore with Patron ${value.patronVersion}`,
    );
  }
  const tablesOk =
    Array.isArray(value.tables) &&
    value.tables.every(
      (t) =>
        typeof t?.name === 'string' &&
        Array.isArray(t.columns) &&
        t.columns.every((c) => typeof c?.name === 'string' && typeof c.type === 'string') &&
        Number.isSafeInteger(t.rows) &&
        Number.isSafeInteger(t.bytes) &&
        typeof t.sha256 === 'string',
    );
  const sequencesOk =
    Array.isArray(value.sequences) &&
    value.sequences.every(
      (s) => typeof s?.name === 'string' && /^-?\d+$/.test(s.lastValue) && typeof s.isCalled === 'boolean',
    );
  if (!isStringArray(value.migrations) || !value.migrations.length || !tablesOk || !sequencesOk) {
    throw new DamagedBackup('its manifest is incomplete');
  }
  return value as BackupManifest;
}
