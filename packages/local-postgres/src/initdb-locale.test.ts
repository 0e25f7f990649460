import { spawn } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBinaries } from './binaries.js';
import { refusedLocale } from './local-postgres.js';
import { ensurePostgresUser, type OsUser } from './os-user.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

/** What this system's initdb says when it fails (it must fail): its output, line by line. */
function initdbSays(initdb: string, user: OsUser | undefined, dir: string, ctype: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      initdb,
      [`--pgdata=${dir}`, '--encoding=UTF8', '--locale=C', `--lc-ctype=${ctype}`, '--no-instructions'],
      { ...user, cwd: '/', env: { LC_ALL: 'C', LANG: 'C', PATH: '/usr/bin:/bin' } },
    );
    let out = '';
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => (out += String(chunk)));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? reject(new Error('initdb succeeded')) : resolve(out.split('\n').filter(Boolean)),
    );
  });
}

describe('the cluster’s character classes', () => {
  it('fall back to C only when initdb has no such locale, not when it fails otherwise', async () => {
    const user = await ensurePostgresUser(() => {});
    const bin = await findBinaries(user, () => {});
    const parent = await mkdtemp(join(tmpdir(), 'patron-initdb-'));
    cleanup.push(parent);
    if (user) await chown(parent, user.uid, user.gid);

    const noSuchLocale = await initdbSays(bin.initdb, user, join(parent, 'a'), 'xx_XX.UTF-8');
    expect(refusedLocale(noSuchLocale)).toBe(true);

    // The locale exists; the folder cannot be made. initdb's output names the locale all the same.
    const noFolder = await initdbSays(bin.initdb, user, '/proc/patron-initdb/data', 'C.UTF-8');
    expect(noFolder.join('\n')).toMatch(/locale/i);
    expect(refusedLocale(noFolder)).toBe(false);
  });
});
