import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLClient } from '@patron/testkit';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/** The real server process, as `pnpm start` runs it: its own embedded PostgreSQL in a fresh data folder. */
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAVE_MAIL_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const OLD_README_PASSWORD = 'patron-demo-2026';

interface Run {
  child: ChildProcess;
  lines: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let root: string;
let dataDir: string;
let port: number;
const running: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: serverDir,
    env: { PATH: process.env.PATH, PATRON_DATA_DIR: dataDir, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts.filter((l) => l.trim()));
    });
  }
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, lines, exit };
}

async function waitFor(run: Run, pattern: RegExp, ms = 150_000): Promise<RegExpMatchArray> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    for (const line of run.lines) {
      const match = line.match(pattern);
      if (match) return match;
    }
    if (run.child.exitCode !== null) break;
  }
  throw new Error(`no line like ${pattern} in:\n${run.lines.join('\n')}`);
}

async function postmaster(): Promise<{ pid: number; port: number }> {
  const [pid, , , pgPort] = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
  return { pid: Number(pid), port: Number(pgPort) };
}

function reachable(host: string, at: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: at }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

beforeAll(async () => {
  // The test runs dist/main.js: compile the current sources first (oxc, about a second).
  const built = spawnSync(process.execPath, ['../../scripts/transpile.mjs'], { cwd: serverDir });
  if (built.status !== 0) throw new Error(String(built.stderr));
  root = await mkdtemp(path.join(tmpdir(), 'patron-main-'));
  await chmod(root, 0o755); // As root, PostgreSQL runs as the postgres user, who must enter it.
  dataDir = path.join(root, 'data');
  port = await freePort();
});
// A test that failed half-way leaves its server running; the next one needs the data folder.
afterEach(async () => {
  for (const child of running) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await gone;
  }
});
afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  const pid = await postmaster().catch(() => null);
  if (pid) spawnSync('kill', ['-9', String(pid.pid)]); // Normally long gone (its pid file stays).
  await rm(root, { recursive: true, force: true });
});

describe('the server process', () => {
  it('first start: a generated demo password, loopback only, a private database; Ctrl-C is one line', async () => {
    const run = start();
    const [, email, password] = await waitFor(run, /demo login: (\S+) \/ (\S+)/);
    await waitFor(run, /Press Ctrl-C to stop/);
    expect(run.lines.join('\n')).toContain(`Patron is running at http://localhost:${port}`);

    const file = path.join(dataDir, 'patron-demo-password');
    expect((await readFile(file, 'utf8')).trim()).toBe(password);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const url = `http://127.0.0.1:${port}/graphql`;
    const old = await new GraphQLClient(url).request(LOGIN, { e: email, p: OLD_README_PASSWORD });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = new GraphQLClient(url);
    await admin.requestOk(LOGIN, { e: email, p: password });

    // A secret key was generated and kept: channel passwords can be saved without PATRON_SECRET_KEY.
    const keyFile = path.join(dataDir, 'patron-secret-key');
    expect((await readFile(keyFile, 'utf8')).trim().length).toBeGreaterThanOrEqual(32);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    await admin.requestOk(SAVE_MAIL_ACCOUNT, {
      input: {
        provider: 'smtp',
        name: 'Mail',
        settings: Object.entries({
          host: '127.0.0.1',
          port: '2525',
          security: 'none',
          fromAddress: 'club@example.com',
          user: 'club',
          password: 'mail-secret',
        }).map(([key, value]) => ({ key, value })),
      },
    });

    // Not on the machine's other addresses, unless PATRON_HOST says so.
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && !a.internal && a.family === 'IPv4');
    if (outside) expect(await reachable(outside.address, port)).toBe(false);
    expect(await reachable('127.0.0.1', port)).toBe(true);

    // The embedded PostgreSQL no longer opens with postgres/postgres.
    const database = new pg.Client({
      host: '127.0.0.1',
      port: (await postmaster()).port,
      user: 'postgres',
      password: 'postgres',
    });
    database.on('error', () => {});
    await expect(database.connect()).rejects.toThrow(/password authentication failed/);
    await waitFor(run, /FATAL: +password authentication failed for user "postgres"/); // And the log says so.

    const before = run.lines.length;
    run.child.kill('SIGINT');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    // Ctrl-C is one line; the nightly backup a first start begins may end just before it and say so.
    const said = run.lines.slice(before).filter((line) => !line.startsWith('[patron] nightly backup: '));
    expect(said).toEqual(['[patron] stopped']);
  }, 240_000);

  it('later starts say where the demo password is without printing it, and keep the secret key', async () => {
    const password = (await readFile(path.join(dataDir, 'patron-demo-password'), 'utf8')).trim();
    const key = await readFile(path.join(dataDir, 'patron-secret-key'), 'utf8');
    const run = start();
    await waitFor(run, /Press Ctrl-C to stop/);
    const log = run.lines.join('\n');
    expect(log).toContain(`password in ${path.join(dataDir, 'patron-demo-password')}`);
    expect(log).not.toContain(password);
    expect(log).not.toContain('generated a secret key');
    expect(await readFile(path.join(dataDir, 'patron-secret-key'), 'utf8')).toBe(key);
    run.child.kill('SIGTERM');
    expect((await run.exit).code).toBe(0);
  }, 240_000);

  it('exits non-zero when its PostgreSQL dies, so a supervisor can start it again', async () => {
    const run = start({ PATRON_DEMO: 'false' });
    await waitFor(run, /Press Ctrl-C to stop/);
    const healthz = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(healthz.status).toBe(200);

    process.kill((await postmaster()).pid, 'SIGKILL');
    const exited = await Promise.race([
      run.exit,
      new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000)),
    ]);
    expect(exited, run.lines.slice(-8).join('\n')).toEqual({ code: 1, signal: null });
    expect(run.lines.at(-1), run.lines.slice(-15).join('\n')).toMatch(
      /embedded PostgreSQL was killed \(SIGKILL\)/,
    );
  }, 240_000);
});
