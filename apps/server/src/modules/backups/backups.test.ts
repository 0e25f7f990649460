import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { readManifest } from './archive-reader.js';
import { backupFileName } from './backup-files.js';
import { NIGHTLY_BACKUP_JOB } from './backups.module.js';
import { inDependencyOrder } from './database-tables.js';
import { lastBackupTime } from './nightly-backups.js';
import { migrationsProblem } from './restore-backup.js';
import { writeBackup } from './write-backup.js';

describe('what a restore accepts and in which order it loads', () => {
  const code = ['M1_base', 'M2_files', 'M3_links'];

  it('takes a backup whose migrations are the first of this Patron', () => {
    expect(migrationsProblem(['M1_base', 'M2_files'], code, '1.0.0')).toBeNull();
    expect(migrationsProblem(['M2_files', 'M1_base', 'M3_links'], code, '1.0.0')).toBeNull();
  });

  it('refuses a backup with a migration this Patron lacks, or one that skipped an earlier migration', () => {
    expect(migrationsProblem(['M1_base', 'M4_future'], code, '2.0.0')).toBe(
      'the backup was taken at migrations this Patron does not have (M4_future): restore with Patron 2.0.0 ' +
        '(the version the backup was taken with, with the same PATRON_PLUGINS), then upgrade',
    );
    expect(migrationsProblem(['M1_base', 'M3_links'], code, '1.0.0')).toMatch(
      /^this Patron has the migration M2_files, which comes before the backup's last one and is not in the backup: restore with Patron 1\.0\.0/,
    );
  });

  it('loads a table after those it refers to, and names tables that refer to each other', () => {
    const refs = [
      { table: 'customer', target: 'workspace' },
      { table: 'balance', target: 'customer' },
      { table: 'balance', target: 'currency' },
      { table: 'currency', target: 'workspace' },
    ];
    expect(inDependencyOrder(['balance', 'currency', 'customer', 'workspace'], refs)).toEqual([
      'workspace',
      'currency',
      'customer',
      'balance',
    ]);
    expect(() =>
      inDependencyOrder(
        ['a', 'b', 'c'],
        [
          { table: 'a', target: 'b' },
          { table: 'b', target: 'a' },
        ],
      ),
    ).toThrow('the foreign keys of these tables form a cycle, so no load order exists: a, b');
  });

  it('backs up at 3 at night, or at once when the last night was missed', () => {
    expect(lastBackupTime(new Date(2026, 11, 10, 3, 30))).toEqual(new Date(2026, 11, 10, 3, 0));
    expect(lastBackupTime(new Date(2026, 11, 10, 2, 59))).toEqual(new Date(2026, 11, 9, 3, 0));
  });
});

describe('nightly backups', () => {
  let server: TestServer;
  let ws: TestWorkspace;
  let dir: string;
  const secretKey = 'a-key-of-the-data-folder-0123456789abcdef';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'patron-nightly-'));
    server = await startTestServer({ backups: { dir, keep: 2, secretKey } });
    ws = await server.workspace('Nightly club');
  });
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('takes a backup once a night as a job the Jobs screen shows, and keeps the newest', async () => {
    await server.app.jobs.kick(NIGHTLY_BACKUP_JOB);
    const [first, ...others] = await readdir(dir);
    expect(others).toEqual([]);
    expect(first).toMatch(/^patron-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.tar\.gz$/);
    const manifest = await readManifest(path.join(dir, first as string));
    expect(manifest.secretKey).toBe(true);
    expect(manifest.tables.find((t) => t.name === 'workspace')?.rows).toBe(1);

    const runs = await ws.as.ADMIN.requestOk(
      '{ jobs(first: 50, state: DONE) { edges { node { job state } } } }',
    );
    expect(runs.jobs.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      job: NIGHTLY_BACKUP_JOB,
      state: 'DONE',
    });

    // The same night again: nothing to do.
    await server.app.jobs.kick(NIGHTLY_BACKUP_JOB);
    expect(await readdir(dir)).toEqual([first]);

    const nights = [1, 2].map((days) => {
      const at = new Date();
      at.setDate(at.getDate() + days);
      at.setHours(3, 10, 0, 0);
      return at;
    });
    for (const night of nights) await server.app.services.nightlyBackups.takeIfDue(night);
    expect((await readdir(dir)).sort()).toEqual(nights.map(backupFileName));
  }, 60_000);
});

describe('the spool a backup writes beside its archive', () => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'patron-spool-'));
    server = await startTestServer();
    await server.workspace('Spool club');
    // About 24 MB of COPY text, as repetitive as real tables (names, cities, JSON keys) tend to be.
    await withClient(server.databaseUrl, (c) =>
      c.query(
        `create table spool_filler as
           select g as id, repeat('Tehran Москва customer ', 4) || g as text from generate_series(1, 240000) g`,
      ),
    );
  });
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds the tables gzip’d, a fraction of their size, and leaves nothing behind', async () => {
    let peak = 0;
    let running = true;
    const watching = (async () => {
      while (running) {
        peak = Math.max(peak, await bytesUnder(dir));
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const summary = await writeBackup(server.databaseUrl, path.join(dir, 'club.tar.gz'));
    running = false;
    await watching;
    const filler = summary.manifest.tables.find((t) => t.name === 'spool_filler');
    expect(filler?.rows).toBe(240_000);
    expect(filler?.bytes).toBeGreaterThan(20_000_000);
    // Seen while it ran (the spool, then the unfinished archive), and never near the tables' size.
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan((filler?.bytes ?? 0) / 10);
    expect(await readdir(dir)).toEqual(['club.tar.gz']);
  }, 120_000);
});

/** Bytes of every file under `dir` (a spool folder included); files vanishing meanwhile count as 0. */
async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    total += await stat(path.join(entry.parentPath, entry.name)).then(
      (s) => s.size,
      () => 0,
    );
  }
  return total;
}
