import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, GraphQLClient, type TestDatabase } from '@patron/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatronApp, type PatronApp } from '../app.js';
import { startHttpServer } from '../http/http-server.js';

// The built CLI, as `pnpm patron` runs it (turbo builds before the tests; by hand: pnpm build first).
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/patron.js');
const PASSWORD = 'correct-horse-battery';

let db: TestDatabase;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm --filter @patron/server build first`);
  db = await createTestDatabase('cli');
});
afterAll(async () => db?.drop());

/** Runs `patron <args>` on the test database with stdin a pipe (not a terminal). */
function patron(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { ...process.env };
  for (const name of ['PATRON_ADMIN_PASSWORD', 'PATRON_PLUGINS', 'PATRON_PLUGIN_OPTIONS', 'PORT'])
    delete base[name];
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...base, DATABASE_URL: db.url, ...env }, timeout: 150_000 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

async function workspaceCount(): Promise<number> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from workspace');
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('pnpm patron workspace:create', () => {
  let workspaceId: string;

  it('migrates a fresh database and creates a workspace whose admin signs in over the API', async () => {
    const run = await patron(
      [
        'workspace:create',
        '--name',
        'My club',
        '--admin-email',
        'Owner@Club.example',
        '--admin-name',
        'Owner',
      ],
      { PATRON_ADMIN_PASSWORD: PASSWORD, PORT: '4321' },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/applied migrations: Migration20261204000000_baseline/);
    workspaceId = /workspace id: ([0-9a-f-]{36})$/m.exec(run.stdout)?.[1] ?? '';
    expect(workspaceId).not.toBe('');
    expect(run.stdout).toContain('sign in at:   http://localhost:4321/');

    let app: PatronApp | undefined;
    let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
    try {
      app = await createPatronApp({ databaseUrl: db.url, log: () => {}, pollEvents: false });
      http = await startHttpServer(app, {
        port: 0,
        host: '127.0.0.1',
        adminDir: '/nonexistent-admin-dir',
        secureCookies: false,
        log: () => {},
      });
      const client = new GraphQLClient(`${http.url}/graphql`);
      const login = await client.requestOk(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email name role } }',
        { e: 'owner@club.example', p: PASSWORD },
      );
      expect(login.login).toEqual({ email: 'owner@club.example', name: 'Owner', role: 'ADMIN' });
      const me = await client.requestOk('{ me { workspace { id name } } attributeDefinitions { key } }');
      expect(me.me.workspace).toEqual({ id: workspaceId, name: 'My club' });
      expect(me.attributeDefinitions.map((a: { key: string }) => a.key)).toContain('email');
    } finally {
      await http?.close();
      await app?.close();
    }
  });

  it('refuses an email already in use with exit code 2 and one line, creating nothing', async () => {
    const run = await patron(
      ['workspace:create', '--name', 'Second club', '--admin-email', 'OWNER@club.example'],
      { PATRON_ADMIN_PASSWORD: PASSWORD },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'patron workspace:create: --admin-email: a staff member already uses this email\n',
    );
    expect(run.stdout).not.toMatch(/workspace id/);
    expect(await workspaceCount()).toBe(1);
  });

  it('refuses bad input before touching the database, naming the option', async () => {
    const refusals: [string[], Record<string, string>, RegExp][] = [
      [['--admin-email', 'a@club.example'], { PATRON_ADMIN_PASSWORD: PASSWORD }, /^--name is required/],
      [
        ['--name', 'X', '--admin-email', 'not-an-email'],
        { PATRON_ADMIN_PASSWORD: PASSWORD },
        /^--admin-email: not a valid email address$/,
      ],
      [
        ['--name', 'X', '--admin-email', 'a@club.example'],
        { PATRON_ADMIN_PASSWORD: 'short' },
        /^PATRON_ADMIN_PASSWORD: use at least 10 characters$/,
      ],
      [
        ['--name', 'X', '--admin-email', 'a@club.example'],
        {},
        /^set PATRON_ADMIN_PASSWORD .*stdin is not a terminal/,
      ],
      [
        ['--name', 'X', '--admin-email', 'a@club.example', '--colour', 'red'],
        { PATRON_ADMIN_PASSWORD: PASSWORD },
        /^Unknown option '--colour'/,
      ],
    ];
    const runs = await Promise.all(refusals.map(([args, env]) => patron(['workspace:create', ...args], env)));
    runs.forEach((run, i) => {
      expect(run.code).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.replace('patron workspace:create: ', '')).toMatch(refusals[i]?.[2] as RegExp);
    });
    expect(await workspaceCount()).toBe(1);
  }, 180_000);
});
