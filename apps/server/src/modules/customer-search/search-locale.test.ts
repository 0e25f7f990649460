import { testServerUrl, withClient } from '@patron/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { searchLocaleWarning } from './search-locale.js';

const made: string[] = [];

/** The warning for a database made with `ctype`, read through the same query the server runs. */
async function warningFor(ctype: string): Promise<string | null> {
  const name = `search_locale_${ctype.replace(/\W/g, '').toLowerCase()}_${process.pid}`;
  made.push(name);
  await withClient(testServerUrl(), (c) =>
    c.query(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype '${ctype}'`),
  );
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return withClient(url.toString(), (c) =>
    searchLocaleWarning(async (sql: string) => (await c.query(sql)).rows),
  );
}

afterAll(() =>
  withClient(testServerUrl(), async (c) => {
    for (const name of made) await c.query(`drop database if exists ${name} with (force)`);
  }),
);

describe('the quick search on a database that classifies characters as plain C', () => {
  it('is warned about at start, naming the setting and what it costs', async () => {
    const warning = await warningFor('C');
    expect(warning).toContain('LC_CTYPE is C');
    expect(warning).toContain('Persian and Cyrillic');
  });

  it('is not warned about under a UTF-8 LC_CTYPE', async () => {
    expect(await warningFor('C.UTF-8')).toBeNull();
  });
});
