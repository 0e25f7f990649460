import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalPostgres } from '@patron/local-postgres';
import pg from 'pg';

/** Set by setupTestPostgres() in vitest's main process; test workers inherit the environment. */
export const TEST_SERVER_URL_ENV = 'PATRON_TEST_DATABASE_URL';

/**
 * vitest globalSetup: uses the server in DATABASE_URL when set, otherwise starts one throwaway embedded
 * PostgreSQL for the whole run. Either way its URL is put in process.env.PATRON_TEST_DATABASE_URL before
 * vitest starts its workers, which is where createTestDatabase() and testServerUrl() read it.
 * Returns the teardown vitest calls at the end. Set PATRON_TEST_PG_LOG=1 to see PostgreSQL's log.
 */
export async function setupTestPostgres(): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    process.env[TEST_SERVER_URL_ENV] = external;
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), 'patron-test-pg-'));
  await chmod(dir, 0o755); // mkdtemp makes it 0700; the postgres user (when we are root) must enter it.
  const verbose = Boolean(process.env.PATRON_TEST_PG_LOG);
  const server = await startLocalPostgres({
    dataDir: join(dir, 'data'),
    log: (line) => verbose && console.log(`[postgres] ${line}`),
    // Durability is pointless for a cluster deleted after the run.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  }).catch(async (err: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw err;
  });
  process.env[TEST_SERVER_URL_ENV] = server.url;
  // If vitest exits without teardown (e.g. on SIGTERM): local-postgres's own exit hook, registered
  // earlier and so run first, has stopped the server; remove the files too.
  const removeSync = () => {
    for (const path of [dir, server.dataDir]) rmSync(path, { recursive: true, force: true });
  };
  process.once('exit', removeSync);
  return async () => {
    process.off('exit', removeSync);
    await server.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(server.dataDir, { recursive: true, force: true });
  };
}

/** URL of the test server's `postgres` database (from setupTestPostgres, or DATABASE_URL). */
export function testServerUrl(): string {
  const url = process.env[TEST_SERVER_URL_ENV] ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'No test PostgreSQL server: add @patron/testkit/global-setup to globalSetup in vitest.config.ts, ' +
        'or set DATABASE_URL',
    );
  }
  return url;
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database, disconnecting any clients still attached. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh, uniquely named database on the test server, e.g. for one test file: empty, or a
 * copy of `template` (see ensureTemplateDatabase). `serverUrl`: another PostgreSQL server's
 * `postgres` database (a test that needs server settings of its own).
 */
export async function createTestDatabase(
  prefix = 'test',
  template?: string,
  serverUrl = testServerUrl(),
): Promise<TestDatabase> {
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 40);
  const name = `${safePrefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (client) =>
    client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''}`,
    ),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      onServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      ),
  };
}

/**
 * A database named `name` on the test server, built once by `build(url)` whichever worker asks
 * first (the others wait on an advisory lock), for createTestDatabase to copy: e.g. one with every
 * migration applied, so test files skip migrating. Built under a temporary name and renamed when
 * complete, so a half-built template is never copied.
 */
export async function ensureTemplateDatabase(
  name: string,
  build: (url: string) => Promise<void>,
  serverUrl = testServerUrl(),
): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [`patron-template:${name}`]);
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return;
    const building = `${name}_building`;
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(building)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(building)}`);
    const url = new URL(serverUrl);
    url.pathname = `/${building}`;
    await build(url.toString());
    await client.query(
      `ALTER DATABASE ${client.escapeIdentifier(building)} RENAME TO ${client.escapeIdentifier(name)}`,
    );
  } finally {
    await client.end();
  }
}

/** Runs `work` on one connection to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function onServer(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  await withClient(url, work);
}
