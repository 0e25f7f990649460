import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The account PostgreSQL runs as when we are root (PostgreSQL refuses to run as root). */
export interface OsUser {
  uid: number;
  gid: number;
}

export const POSTGRES_USER = 'postgres';

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function lookup(): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      run('id', ['-u', POSTGRES_USER]),
      run('id', ['-g', POSTGRES_USER]),
    ]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/** Returns the `postgres` account (creating it if needed) when running as root, otherwise undefined. */
export async function ensurePostgresUser(log: (line: string) => void): Promise<OsUser | undefined> {
  if (!isRoot()) return undefined;
  const existing = await lookup();
  if (existing) return existing;
  log(`Creating system user "${POSTGRES_USER}" to run PostgreSQL (it refuses to run as root)`);
  await run('groupadd', ['--system', POSTGRES_USER]).catch(() => undefined);
  await run('useradd', [
    '--system',
    '--gid',
    POSTGRES_USER,
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    POSTGRES_USER,
  ]);
  const created = await lookup();
  if (!created) throw new Error(`Could not create the "${POSTGRES_USER}" system user`);
  return created;
}

/** True when `user` can traverse into `dir` (every ancestor needs the x bit for it). */
export function canEnter(dir: string, user: OsUser | undefined): boolean {
  if (!user) return true;
  const r = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], { ...user, cwd: '/', stdio: 'ignore' });
  return r.status === 0;
}

/** True when `user` can execute `binary` (checks the path, the file and its shared libraries). */
export function canRun(binary: string, user: OsUser | undefined): boolean {
  const r = spawnSync(binary, ['--version'], { ...user, cwd: '/', stdio: 'ignore' });
  return r.status === 0;
}
