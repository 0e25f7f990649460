import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { readManifest } from './archive-reader.js';
import { backupFileName } from './backup-files.js';
import { NIGHTLY_BACKUP_JOB } from './backups.module.js';
import { inDependencyOrder } from './database-tables.js';
import { lastBackupTime } from './nightly-backups.js';
import { migrationsProblem } from './restore-backup.js';

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
