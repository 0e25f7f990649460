import pg from 'pg';
import { expect, it } from 'vitest';
import { createTestDatabase, testServerUrl } from './index.js';

it('reaches the server started by globalSetup from inside a test worker', () => {
  expect(testServerUrl()).toMatch(/^postgres(ql)?:\/\//);
});

it('creates an empty, uniquely named database and drops it even with clients attached', async () => {
  const [a, b] = await Promise.all([createTestDatabase('My-Suite'), createTestDatabase('My-Suite')]);
  expect(a.name).toMatch(/^my_suite_/);
  expect(a.name).not.toBe(b.name);

  const client = new pg.Client(a.url);
  client.on('error', () => {}); // Dropped with FORCE below.
  await client.connect();
  const { rows } = await client.query(
    "SELECT current_database() AS db, count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'",
  );
  expect(rows).toEqual([{ db: a.name, tables: 0 }]);

  await a.drop();
  await b.drop();
  const admin = new pg.Client(testServerUrl());
  await admin.connect();
  const left = await admin.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [
    [a.name, b.name],
  ]);
  await admin.end();
  expect(left.rows).toEqual([]);
  await client.end().catch(() => {});
});
