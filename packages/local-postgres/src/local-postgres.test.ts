import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type LocalPostgres, startLocalPostgres } from './index.js';
import { isAlive } from './processes.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function start(dataDir: string, lines: string[] = []): Promise<LocalPostgres> {
  const db = await startLocalPostgres({ dataDir, log: (line) => lines.push(line) });
  cleanup.push(db.dataDir); // May differ from dataDir when running as root.
  return db;
}

async function query(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function postmasterPid(db: LocalPostgres): Promise<number> {
  return Number((await readFile(join(db.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

/** The postmaster and its children (checkpointer, walwriter, ...). */
async function serverProcesses(db: LocalPostgres): Promise<number[]> {
  const pid = await postmasterPid(db);
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    if (stat && Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid)
      children.push(Number(entry));
  }
  return [pid, ...children];
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'local-postgres-test-'));
  cleanup.push(dir);
  return join(dir, 'data');
}

describe('startLocalPostgres', () => {
  it('creates a cluster, keeps data across restarts and leaves no process behind', async () => {
    const dataDir = await tempDir();
    const lines: string[] = [];
    const first = await start(dataDir, lines);
    expect(first.created).toBe(true);
    if (process.getuid?.() === 0) {
      // mkdtemp made a 0700 root folder the postgres user cannot enter, so the data moved elsewhere.
      expect(first.dataDir).not.toBe(dataDir);
      expect(lines.join('\n')).toContain(`PostgreSQL data for ${dataDir} is kept in ${first.dataDir}`);
    }
    // Letters by Unicode (what the quick search's trigram index needs), order by code point.
    expect(
      await query(
        first.url,
        "SELECT datctype, datcollate, lower('ОЛЬГА') AS word FROM pg_database WHERE datname = current_database()",
      ),
    ).toEqual([{ datctype: 'C.UTF-8', datcollate: 'C', word: 'ольга' }]);
    await query(first.url, 'CREATE TABLE note (body text)');
    await query(first.url, 'INSERT INTO note VALUES ($1)', ['kept']);
    const firstPids = await serverProcesses(first);
    await first.stop();
    expect(firstPids.filter(isAlive)).toEqual([]);

    const second = await start(dataDir);
    expect(second.created).toBe(false);
    expect(second.dataDir).toBe(first.dataDir);
    expect(await query(second.url, 'SELECT body FROM note')).toEqual([{ body: 'kept' }]);
    const secondPids = await serverProcesses(second);
    expect(secondPids.length).toBeGreaterThan(1);
    await second.stop();
    await second.stop(); // Idempotent.
    expect(secondPids.filter(isAlive)).toEqual([]);
  });

  it('recovers after PostgreSQL itself crashed (stale postmaster.pid)', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    await query(first.url, 'CREATE TABLE t AS SELECT 1 AS n');
    const pids = await serverProcesses(first);
    process.kill(pids[0] as number, 'SIGKILL');
    await expect.poll(() => pids.filter(isAlive), { timeout: 10_000 }).toEqual([]);

    const lines: string[] = [];
    const second = await start(dataDir, lines);
    expect(lines.join('\n')).toContain('Removing stale');
    expect(await query(second.url, 'SELECT n FROM t')).toEqual([{ n: 1 }]);
    await second.stop();
    await first.stop(); // Already dead: must not hang or throw.
  });

  it('stops a postmaster orphaned by a crashed Node process before starting again', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    const orphan = await serverProcesses(first);
    // Pretend the Node process that started it died: the recorded owner is no longer its parent.
    await writeFile(join(first.dataDir, 'patron-owner.pid'), '999999999\n');

    const lines: string[] = [];
    const second = await start(dataDir, lines);
    expect(lines.join('\n')).toContain('Stopping orphaned PostgreSQL');
    expect(orphan.filter(isAlive)).toEqual([]);
    expect(await query(second.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await second.stop();
  });

  it('refuses to start twice on the same folder', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    await expect(start(dataDir)).rejects.toThrow(/already running/);
    await first.stop();
  });

  it('gives the superuser a generated password, kept for the owner only, and refuses the old one', async () => {
    const dataDir = await tempDir();
    const db = await start(dataDir);
    const passwordFile = join(db.dataDir, 'patron-superuser-password');
    const password = (await readFile(passwordFile, 'utf8')).trim();
    expect(password).toMatch(/^[\w-]{32}$/);
    expect((await stat(passwordFile)).mode & 0o777).toBe(0o600);
    expect(new URL(db.url).password).toBe(password);
    const attacker = new URL(db.url);
    attacker.password = 'postgres';
    await expect(query(attacker.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    await db.stop();
  });

  it('moves a cluster made with the old fixed password to a generated one on its first start', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir);
    // Make it what an older version left: the superuser's password is "postgres" and no file keeps one.
    await query(first.url, 'CREATE TABLE kept AS SELECT 1 AS n');
    await query(first.url, "ALTER ROLE postgres PASSWORD 'postgres'");
    await first.stop();
    await rm(join(first.dataDir, 'patron-superuser-password'));

    const lines: string[] = [];
    const second = await start(dataDir, lines);
    expect(lines.join('\n')).toContain('Gave the PostgreSQL superuser a generated password');
    const password = (await readFile(join(second.dataDir, 'patron-superuser-password'), 'utf8')).trim();
    expect(password).not.toBe('postgres');
    expect(new URL(second.url).password).toBe(password);
    expect(await query(second.url, 'SELECT n FROM kept')).toEqual([{ n: 1 }]);
    const old = new URL(second.url);
    old.password = 'postgres';
    await expect(query(old.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    await second.stop();

    const third = await start(dataDir);
    expect(third.url).toBe(second.url.replace(`:${second.port}/`, `:${third.port}/`));
    await third.stop();
  });
});
