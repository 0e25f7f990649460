import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { canEnter, type OsUser } from './os-user.js';
import { isAlive, processInfo, terminatePostmaster } from './processes.js';

/** Where data lives when the postgres user cannot reach the requested folder (running as root). */
export const FALLBACK_ROOT = '/var/lib/patron';

/** Records which Node process started the postmaster, to tell an orphan from a live sibling. */
const OWNER_FILE = 'patron-owner.pid';

/**
 * The folder PostgreSQL will actually use for `requested`. As root, PostgreSQL runs as the postgres user;
 * if that user cannot reach the requested folder (say, under a 0700 /root), a stable folder derived from
 * the requested path under /var/lib/patron is used instead.
 */
export async function resolveDataDir(
  requested: string,
  user: OsUser | undefined,
  log: (line: string) => void,
): Promise<string> {
  const wanted = resolve(requested);
  if (!user) return wanted;
  await mkdir(dirname(wanted), { recursive: true });
  if (canEnter(dirname(wanted), user)) return wanted;

  const hash = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  const fallback = join(FALLBACK_ROOT, `${basename(wanted)}-${hash}`);
  await mkdir(FALLBACK_ROOT, { recursive: true, mode: 0o755 });
  if (!canEnter(FALLBACK_ROOT, user)) throw new Error(`The postgres user cannot reach ${FALLBACK_ROOT}`);
  log(
    `PostgreSQL data for ${wanted} is kept in ${fallback} (the postgres user cannot reach ${dirname(wanted)})`,
  );
  return fallback;
}

export function isCluster(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/**
 * Creates a cluster in `dataDir` by running `initdb` (via `runInitdb`) into a staging folder and renaming
 * it into place, so a crash during initdb never leaves a half-made cluster behind.
 */
export async function createCluster(
  dataDir: string,
  user: OsUser | undefined,
  password: string,
  runInitdb: (stagingDir: string, pwFile: string) => Promise<void>,
): Promise<void> {
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data folder`);
  }
  const staging = `${dataDir}.initdb`;
  const pwFile = `${dataDir}.pwfile`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o700 });
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) {
    await chown(staging, user.uid, user.gid);
    await chown(pwFile, user.uid, user.gid);
  }
  try {
    await runInitdb(staging, pwFile);
  } finally {
    await rm(pwFile, { force: true });
  }
  if (existsSync(dataDir)) await rmdir(dataDir);
  await rename(staging, dataDir);
}

/**
 * Deals with a postmaster.pid left by a crash: a dead or unrelated pid means the file is stale and is
 * removed; a postmaster on this folder whose parent is no longer the Node process that started it is an
 * orphan and is shut down; any other live postmaster means the folder is in use, which is an error.
 */
export async function clearStalePostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const pid = await readPid(pidFile);
  if (pid === undefined) return;
  if (!isAlive(pid)) {
    log(`Removing stale ${pidFile} (process ${pid} is gone)`);
    await rm(pidFile, { force: true });
    return;
  }
  const info = processInfo(pid);
  if (!info) return; // Alive but not inspectable (no /proc): let PostgreSQL decide.
  if (!info.cmdline.includes(dataDir)) {
    log(`Removing stale ${pidFile} (process ${pid} is something else)`);
    await rm(pidFile, { force: true });
    return;
  }
  const owner = await readPid(join(dataDir, OWNER_FILE));
  if (owner === undefined || info.ppid === owner) {
    throw new Error(`PostgreSQL is already running on ${dataDir} (process ${pid}); stop it first`);
  }
  log(`Stopping orphaned PostgreSQL process ${pid} left on ${dataDir} by a crashed run`);
  await terminatePostmaster(pid);
}

export async function recordOwner(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, OWNER_FILE), `${process.pid}\n`);
}

async function readPid(file: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(file, 'utf8')).split('\n')[0] ?? '', 10);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
