import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip, gzipSync } from 'node:zlib';
import { createTestDatabase, GraphQLClient, type TestDatabase, withClient } from '@patron/testkit';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatronApp, databaseParts, type PatronApp } from '../app.js';
import { keptSecretKeyIfAny } from '../config/kept-secret-key.js';
import { migrateTo, openDatabase } from '../db/orm.js';
import { startHttpServer } from '../http/http-server.js';
import { NOT_BACKED_UP } from '../modules/backups/database-tables.js';
import { writeBackup } from '../modules/backups/write-backup.js';
import { seedDemoData } from '../modules/demo/seed-demo.js';
import { startTestServer, TEST_PASSWORD, type TestServer, type TestWorkspace } from '../testing/harness.js';

// The built CLI, as `pnpm patron` runs it (turbo builds before the tests; by hand: pnpm build first).
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/patron.js');
const actor = { kind: 'staff', id: null, name: 'Backup test' } as const;

let source: TestServer;
let ws: TestWorkspace;
let dir: string;
let backup: string;
const databases: TestDatabase[] = [];

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm --filter @patron/server build first`);
  dir = await mkdtemp(path.join(tmpdir(), 'patron-backup-test-'));
  // The embedded PostgreSQL's own user (when we are root) must reach a data folder inside it.
  await chmod(dir, 0o755);
  source = await startTestServer();
  ws = await source.workspace('Backup club');
  // Customers with history, balances from a batch, purchases, tiers, news, staff of every role.
  await seedDemoData(source.app, ws.id, TEST_PASSWORD, 300);
  // A reversal (ledger_operation points at itself) and a file stored in chunks.
  const sql = source.app.orm.em.getConnection();
  const [earned] = await sql.execute<{ id: string }[]>(
    'select id::text from ledger_operation where workspace_id = ? and amount > 0 order by id limit 1',
    [ws.id],
  );
  await source.app.services.ledger.reverse(ws.id, actor, {
    operationId: earned?.id as string,
    idempotencyKey: 'undo-first',
  });
  const [admin] = await sql.execute<{ id: string }[]>(
    'select id from staff where workspace_id = ? and role = ?',
    [ws.id, 'ADMIN'],
  );
  await source.app.services.files.store(ws.id, admin?.id as string, 'card.bin', randomBytes(1_500_000));
  await source.app.outbox.drain();
}, 240_000);

afterAll(async () => {
  await source?.close();
  for (const db of databases) await db.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase('restored');
  databases.push(db);
  return db;
}

/** Runs `patron <args>` with stdin a pipe (not a terminal), on DATABASE_URL `url` unless env says otherwise. */
function patron(
  args: string[],
  url: string | null,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: dir };
  for (const name of ['DATABASE_URL', 'PATRON_SECRET_KEY', 'PATRON_PLUGINS', 'PATRON_PLUGIN_OPTIONS'])
    delete base[name];
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...base, ...(url ? { DATABASE_URL: url } : {}), ...env }, timeout: 200_000 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** Every backed-up table's rows, as a count and a digest of the rows' text in order. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' and not (tablename = any($1)) order by 1`,
      [NOT_BACKED_UP],
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; digest: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest
           from public.${client.escapeIdentifier(name)} t`,
      );
      result[name] = `${rows[0]?.n} rows ${rows[0]?.digest}`;
    }
    return result;
  });
}

async function rowCount(url: string, table: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from public.${table}`);
    return rows[0]?.n ?? 0;
  });
}

/** Tables holding any row, when any exist at all. */
async function tablesWithRows(url: string): Promise<string[]> {
  const all = await contents(url);
  return Object.entries(all)
    .filter(([, text]) => !text.startsWith('0 rows'))
    .map(([name]) => name);
}

/** Balances that differ from the sum of their operations. */
async function balancesOff(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from balance b
        where b.amount <> (select coalesce(sum(o.amount), 0) from ledger_operation o
                            where o.workspace_id = b.workspace_id and o.customer_id = b.customer_id
                              and o.currency_id = b.currency_id)`,
    );
    return rows[0]?.n ?? -1;
  });
}

/** A copy of the backup with `change` applied to the named entries (small test archives only). */
async function altered(file: string, out: string, change: Record<string, (text: string) => string>) {
  const extract = tar.extract();
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => pack.on('end', resolve));
  extract.on('entry', (header, body, next) => {
    const parts: Buffer[] = [];
    body.on('data', (part: Buffer) => parts.push(part));
    body.on('end', () => {
      const text = Buffer.concat(parts).toString('utf8');
      const edit = change[header.name];
      const content = Buffer.from(edit ? edit(text) : text);
      pack.entry({ ...header, size: content.length }, content, next);
    });
  });
  extract.on('finish', () => pack.finalize());
  createGunzipOf(await readFile(file)).pipe(extract);
  await ended;
  await writeFile(out, gzipSync(Buffer.concat(chunks)));
}

function createGunzipOf(bytes: Buffer) {
  const gunzip = createGunzip();
  gunzip.end(bytes);
  return gunzip;
}

describe('pnpm patron backup and restore', () => {
  let restored: TestDatabase;

  it('writes a backup of every table and restores it into an empty database, equal row for row', async () => {
    backup = path.join(dir, 'club.tar.gz');
    const taken = await patron(['backup', '--out', 'club.tar.gz'], source.databaseUrl);
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    expect(taken.stdout).toContain(`Wrote ${backup}`);
    expect((await stat(backup)).mode & 0o777).toBe(0o600);

    restored = await emptyDatabase();
    const run = await patron(['restore', 'club.tar.gz', '--yes'], restored.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/restored \d+ tables/);

    const before = await contents(source.databaseUrl);
    for (const table of [
      'customer',
      'history_event',
      'ledger_operation',
      'balance',
      'purchase',
      'uploaded_file_chunk',
    ])
      expect(before[table], table).not.toMatch(/^0 rows/);
    expect(await contents(restored.url)).toEqual(before);
  }, 120_000);

  it('leaves the restored database working: the admin signs in, numbers and ids go on, balances add up', async () => {
    expect(await balancesOff(restored.url)).toBe(0);
    const last = await withClient(restored.url, async (client) => {
      const { rows } = await client.query<{ number: number; operation: string; history: string }>(
        `select (select max(number) from customer where workspace_id = $1) as number,
                (select max(id)::text from ledger_operation) as operation,
                (select max(id)::text from history_event) as history`,
        [ws.id],
      );
      return rows[0] as { number: number; operation: string; history: string };
    });

    let app: PatronApp | undefined;
    let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
    try {
      app = await createPatronApp({ databaseUrl: restored.url, log: () => {}, pollEvents: false });
      http = await startHttpServer(app, {
        port: 0,
        host: '127.0.0.1',
        adminDir: '/nonexistent-admin-dir',
        secureCookies: false,
        log: () => {},
      });
      const client = new GraphQLClient(`${http.url}/graphql`);
      const login = await client.requestOk(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email role } }',
        { e: ws.emails.ADMIN, p: TEST_PASSWORD },
      );
      expect(login.login).toEqual({ email: ws.emails.ADMIN, role: 'ADMIN' });

      const customer = await app.services.customers.create(ws.id, actor, { firstName: 'After the move' });
      const operation = await app.services.ledger.apply(ws.id, actor, {
        customerId: customer.id,
        currency: 'coins',
        amount: 5,
        kind: 'ADJUSTMENT',
        idempotencyKey: 'after-restore',
      });
      const now = await withClient(restored.url, async (c) => {
        const { rows } = await c.query<{ number: number; history: string }>(
          'select number, (select max(id)::text from history_event) as history from customer where id = $1',
          [customer.id],
        );
        return rows[0];
      });
      expect(now?.number).toBe(last.number + 1);
      expect(BigInt(operation.id)).toBeGreaterThan(BigInt(last.operation));
      expect(BigInt(now?.history ?? 0)).toBeGreaterThan(BigInt(last.history));
      expect(await balancesOff(restored.url)).toBe(0);
      // The triggers the load turned off are on again: operations stay immutable.
      await expect(
        withClient(restored.url, (c) => c.query('update ledger_operation set comment = $1', ['changed'])),
      ).rejects.toThrow();
    } finally {
      await http?.close();
      await app?.close();
    }
  }, 120_000);

  it('refuses a database that holds a workspace, naming it, and changes nothing', async () => {
    const customers = await rowCount(source.databaseUrl, 'customer');
    const run = await patron(['restore', backup, '--yes'], source.databaseUrl);
    expect(run.code).toBe(1);
    const name = new URL(source.databaseUrl).pathname.slice(1);
    expect(run.stderr).toContain(
      `the database "${name}" on 127.0.0.1:${new URL(source.databaseUrl).port} is not empty: it holds 1 workspace and ${customers.toLocaleString('en')} customers`,
    );
    expect(await rowCount(source.databaseUrl, 'customer')).toBe(customers);
  });

  it('refuses a cut archive and one whose table does not match its checksum, leaving the database empty', async () => {
    const cut = path.join(dir, 'cut.tar.gz');
    await copyFile(backup, cut);
    await truncate(cut, Math.floor((await stat(backup)).size / 2));
    const tampered = path.join(dir, 'tampered.tar.gz');
    // Same size, still valid COPY text: only the checksum can tell.
    await altered(backup, tampered, {
      'tables/workspace.copy': (text) => text.replace('Backup club', 'Backup clue'),
    });

    for (const [file, reason] of [
      [cut, /cut\.tar\.gz: it is damaged or incomplete \(unexpected end of file\)/],
      [
        tampered,
        /tampered\.tar\.gz: its tables\/workspace\.copy does not match the checksum in its manifest/,
      ],
    ] as const) {
      const target = await emptyDatabase();
      const run = await patron(['restore', file, '--yes'], target.url);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toContain('No data was restored');
      expect(await tablesWithRows(target.url)).toEqual([]);
    }
  }, 120_000);

  it('refuses a backup taken at migrations this Patron does not have, before touching the database', async () => {
    const newer = path.join(dir, 'newer.tar.gz');
    await altered(backup, newer, {
      'manifest.json': (text) => {
        const manifest = JSON.parse(text);
        manifest.migrations.push('Migration20991231000000_from_the_future');
        manifest.patronVersion = '9.9.9';
        return JSON.stringify(manifest);
      },
    });
    const target = await emptyDatabase();
    const run = await patron(['restore', newer, '--yes'], target.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'the backup was taken at migrations this Patron does not have (Migration20991231000000_from_the_future): restore with Patron 9.9.9',
    );
    expect(
      await withClient(target.url, (c) => c.query("select to_regclass('public.workspace') as t")),
    ).toMatchObject({
      rows: [{ t: null }],
    });
  });

  it('restores a backup of an older Patron and then applies the newer migrations', async () => {
    const { entities, migrations } = databaseParts();
    const names = migrations.map((m) => m.name).sort((a, b) => a.localeCompare(b));
    const older = await emptyDatabase();
    const orm = await openDatabase(older.url, entities, 2, migrations);
    try {
      await migrateTo(orm, names.at(-2) as string);
    } finally {
      await orm.close(true);
    }
    await withClient(older.url, (c) => c.query("insert into workspace (name) values ('Old club')"));
    expect((await patron(['backup', '--out', 'older.tar.gz'], older.url)).code).toBe(0);

    const target = await emptyDatabase();
    const run = await patron(['restore', 'older.tar.gz', '--yes'], target.url);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`applied later migrations: ${names.at(-1)}`);
    const state = await withClient(target.url, async (c) => {
      const { rows } = await c.query<{ name: string; migrations: number }>(
        'select (select name from workspace) as name, (select count(*)::int from mikro_orm_migrations) as migrations',
      );
      return rows[0];
    });
    expect(state).toEqual({ name: 'Old club', migrations: names.length });
  }, 120_000);

  it('takes one moment of the database while writes go on: balances equal the sum of operations', async () => {
    const customers = await withClient(source.databaseUrl, async (c) => {
      const { rows } = await c.query<{ id: string }>(
        "select id from customer where workspace_id = $1 and status = 'ACTIVE' order by number limit 20",
        [ws.id],
      );
      return rows.map((r) => r.id);
    });
    let running = true;
    let written = 0;
    const writer = async (lane: number) => {
      for (let i = 0; running; i++) {
        await source.app.services.ledger.apply(ws.id, actor, {
          customerId: customers[(i * 7 + lane) % customers.length] as string,
          currency: 'coins',
          amount: 1 + (i % 3),
          kind: 'ADJUSTMENT',
          idempotencyKey: `during-${lane}-${i}`,
        });
        written++;
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const writtenBefore = written;
    const taken = await patron(['backup', '--out', 'during.tar.gz'], source.databaseUrl);
    const writtenDuring = written - writtenBefore;
    running = false;
    await Promise.all(writers);
    expect(taken.code, taken.stderr).toBe(0);
    expect(writtenDuring).toBeGreaterThan(0);

    const target = await emptyDatabase();
    expect((await patron(['restore', 'during.tar.gz', '--yes'], target.url)).code).toBe(0);
    expect(await balancesOff(target.url)).toBe(0);
    const restoredOperations = await rowCount(target.url, 'ledger_operation');
    expect(restoredOperations).toBeLessThan(await rowCount(source.databaseUrl, 'ledger_operation'));
  }, 180_000);

  it('carries the embedded database key and restores into a new PATRON_DATA_DIR', async () => {
    const key = randomBytes(32).toString('base64');
    const file = path.join(dir, 'with-key.tar.gz');
    await writeBackup(restored.url, file, { secretKey: key });
    const dataDir = path.join(dir, 'new-machine');
    const run = await patron(['restore', file, '--yes'], null, { PATRON_DATA_DIR: dataDir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`into the embedded database in ${dataDir}`);
    expect(run.stdout).toContain("kept the backup's secret key in the data folder");
    expect(await keptSecretKeyIfAny(dataDir)).toBe(key);
  }, 180_000);

  it('refuses bad input with exit code 2 and one line naming the option', async () => {
    await writeFile(path.join(dir, 'taken.tar.gz'), '');
    await writeFile(path.join(dir, 'notes.txt'), 'not a backup');
    const refusals: [string[], RegExp][] = [
      [['backup', '--out', 'taken.tar.gz'], /^--out: .*taken\.tar\.gz exists; name a new file$/],
      [['backup', '--out', 'nowhere/b.tar.gz'], /^--out: there is no folder .*nowhere$/],
      [['backup', '--colour', 'red'], /^Unknown option '--colour'/],
      [['restore'], /^FILE: name one backup file/],
      [['restore', 'missing.tar.gz', '--yes'], /^FILE: there is no file .*missing\.tar\.gz$/],
      [
        ['restore', 'notes.txt', '--yes'],
        /^FILE: .*notes\.txt: it is damaged or incomplete \(incorrect header check\)$/,
      ],
      [['restore', 'club.tar.gz'], /^--yes is required when stdin is not a terminal/],
    ];
    const target = await emptyDatabase();
    const runs = await Promise.all(refusals.map(([args]) => patron(args, target.url)));
    runs.forEach((run, i) => {
      const [args, reason] = refusals[i] as [string[], RegExp];
      expect(run.code, args.join(' ')).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.replace(/^patron (backup|restore): /, '')).toMatch(reason);
    });
    expect(
      await withClient(target.url, (c) => c.query("select to_regclass('public.workspace') as t")),
    ).toMatchObject({
      rows: [{ t: null }],
    });
  }, 120_000);
});
