import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { type Binaries, findBinaries } from './binaries.js';
import { clearStalePostmaster, createCluster, isCluster, recordOwner, resolveDataDir } from './data-dir.js';
import { ensurePostgresUser, type OsUser } from './os-user.js';
import { waitGoneSync } from './processes.js';
import {
  candidatePasswords,
  LEGACY_PASSWORD,
  newPassword,
  PASSWORD_FILE,
  replaceLegacyPassword,
  settlePassword,
  writePassword,
} from './superuser-password.js';

export interface LocalPostgres {
  /** postgres://postgres:<generated password>@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** Where the cluster actually lives (differs from the requested folder only in the root fallback case). */
  dataDir: string;
  /** The postmaster's process id, to watch it. */
  pid: number;
  /** Resolves when the postmaster exits, whether stopped or not (with its code or signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** True when this call initialised a new cluster. */
  created: boolean;
  /** Shuts PostgreSQL down cleanly (fast shutdown); safe to call more than once. */
  stop(): Promise<void>;
}

export interface LocalPostgresOptions {
  dataDir: string;
  /** Defaults to the first free port from 54329 upwards. */
  port?: number;
  log?: (line: string) => void;
  /** Extra server settings passed as `-c name=value`, e.g. `{ fsync: 'off' }` for throwaway clusters. */
  settings?: Record<string, string | number>;
}

const USER = 'postgres';
const FIRST_PORT = 54329;
const START_TIMEOUT_MS = 60_000;
// Keep messages in English: start-up failures are recognised by their text.
const CHILD_ENV = { LC_ALL: 'C', LANG: 'C', PATH: '/usr/local/bin:/usr/bin:/bin' };

/** Postmasters started by this process, shut down synchronously if the process exits without stop(). */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGINT');
    for (const child of running) if (child.pid) waitGoneSync(child.pid, 10_000);
  });
}

/**
 * Starts PostgreSQL on `dataDir`, creating the cluster on first use. Returns once it accepts connections.
 * A postgres process is never left behind by a normal exit; see stopOnSignals() for SIGINT/SIGTERM.
 */
export async function startLocalPostgres(opts: LocalPostgresOptions): Promise<LocalPostgres> {
  const log = opts.log ?? (() => {});
  const user = await ensurePostgresUser(log);
  const bin = await findBinaries(user, log);
  const dataDir = await resolveDataDir(opts.dataDir, user, log);

  const created = !isCluster(dataDir);
  let passwords: string[];
  if (created) {
    log(`Creating PostgreSQL ${bin.version} cluster in ${dataDir}`);
    const password = newPassword();
    passwords = [password];
    // Kept inside the staging folder, so the cluster appears together with its password.
    await createCluster(dataDir, user, password, async (staging, pwFile) => {
      const said: string[] = [];
      const hear = (line: string) => {
        said.push(line);
        log(line);
      };
      await runToEnd(bin.initdb, initdbArgs(staging, pwFile, UNICODE_CTYPE), user, hear).catch((error) => {
        // Only a system without the locale gets C; any other failure (a full disk, rights) is the start's.
        if (!refusedLocale(said)) throw error;
        log(`initdb has no locale ${UNICODE_CTYPE} here; using C: quick search indexes Latin text only`);
        return runToEnd(bin.initdb, initdbArgs(staging, pwFile, 'C'), user, log);
      });
      await writePassword(staging, password);
    });
  } else {
    await clearStalePostmaster(dataDir, log);
    passwords = await candidatePasswords(dataDir);
  }

  if (opts.port !== undefined && !(await isFree(opts.port))) throw new Error(`Port ${opts.port} is in use`);
  for (let attempt = 0; ; attempt++) {
    const port = opts.port ?? (await freePort(FIRST_PORT + attempt * 10));
    try {
      return await launch(bin, dataDir, port, user, opts.settings ?? {}, created, passwords, log);
    } catch (err) {
      // Someone may grab the port between our check and PostgreSQL's bind; only retry if we picked it.
      if (opts.port !== undefined || attempt >= 5 || !(err instanceof PortInUseError)) throw err;
      log(`Port ${port} was taken, retrying on another port`);
    }
  }
}

/**
 * Character classes by Unicode, sorting by code point (C): the trigram index of the quick search takes
 * only what LC_CTYPE calls letters and digits as words, so under plain C it skipped every Persian and
 * Cyrillic word and such a search read every customer.
 */
const UNICODE_CTYPE = 'C.UTF-8';

/** initdb's output says the locale asked for does not exist on this system (its other failures do not). */
export function refusedLocale(lines: readonly string[]): boolean {
  return lines.some((line) => /invalid locale (name|settings)/i.test(line));
}

function initdbArgs(dir: string, pwFile: string, ctype: string): string[] {
  return [
    `--pgdata=${dir}`,
    `--username=${USER}`,
    `--pwfile=${pwFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
    `--lc-ctype=${ctype}`,
    '--no-instructions',
  ];
}

class PortInUseError extends Error {}

async function launch(
  bin: Binaries,
  dataDir: string,
  port: number,
  user: OsUser | undefined,
  settings: Record<string, string | number>,
  created: boolean,
  passwords: string[],
  log: (line: string) => void,
): Promise<LocalPostgres> {
  const all = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...settings };
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    ...Object.entries(all).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  ];
  const child = spawn(bin.postgres, args, {
    ...user,
    cwd: '/',
    env: CHILD_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop PostgreSQL after
    // closing our connections (it would otherwise shut down at once, ending each with a FATAL line).
    detached: true,
  });
  const recent: string[] = [];
  pipeLines(child, (line) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  });
  installExitHook();
  running.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  exited.then(() => running.delete(child));
  child.once('error', (err) => log(`postgres: ${err.message}`));

  const urlWith = (password: string) => `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
  const died = () => child.exitCode !== null || child.signalCode !== null;
  const ready = await waitForConnection(urlWith, dataDir, passwords, died);
  if (ready !== 'timeout' && ready !== 'refused') {
    await recordOwner(dataDir);
    let password = ready;
    if (password === LEGACY_PASSWORD) {
      password = await replaceLegacyPassword(dataDir, (next) => alterPassword(urlWith(password), next));
      log(`Gave the PostgreSQL superuser a generated password (kept in ${dataDir}/${PASSWORD_FILE})`);
    } else {
      await settlePassword(dataDir, password);
    }
    const url = urlWith(password);
    log(`PostgreSQL ${bin.version} is ready at ${urlWith('***')} (data: ${dataDir})`);
    const stop = () => stopChild(child, exited);
    return { url, port, dataDir, created, pid: child.pid as number, exited, stop };
  }
  running.delete(child);
  if (child.exitCode === null) await stopChild(child, exited);
  // Read after it stopped: a refusal may have come from another server on a port ours could not bind.
  const output = recent.join('\n');
  if (/could not bind|already in use/i.test(output)) throw new PortInUseError(`Port ${port} is in use`);
  if (ready === 'refused') {
    throw new Error(`PostgreSQL in ${dataDir} refused the password kept in ${dataDir}/${PASSWORD_FILE}`);
  }
  throw new Error(`PostgreSQL did not start on port ${port}:\n${output}`);
}

async function alterPassword(url: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGINT = fast shutdown (disconnects clients, checkpoints); escalate if it hangs.
  for (const [sig, ms] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    child.kill(sig);
    if (await Promise.race([exited.then(() => true), sleep(ms, false, { ref: false })])) return;
  }
}

/**
 * Resolves with the password that opened our server once it answers; 'refused' when every password
 * was refused, 'timeout' on timeout or when it died. Checking data_directory matters: while our server
 * fails to bind a busy port, another server may be answering on it.
 */
async function waitForConnection(
  urlWith: (password: string) => string,
  dataDir: string,
  passwords: string[],
  died: () => boolean,
): Promise<string | 'refused' | 'timeout'> {
  let tried = 0;
  for (const end = Date.now() + START_TIMEOUT_MS; Date.now() < end && !died(); await sleep(100)) {
    const password = passwords[tried] as string;
    const client = new pg.Client({ connectionString: urlWith(password), connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    try {
      await client.connect();
      const { rows } = await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir");
      if (rows[0]?.dir === dataDir) return password;
    } catch (err) {
      // 28P01: wrong password, so try the next one; anything else: still starting up.
      if ((err as { code?: string }).code === '28P01' && ++tried === passwords.length) return 'refused';
    } finally {
      await client.end().catch(() => {});
    }
  }
  return 'timeout';
}

function runToEnd(file: string, args: string[], user: OsUser | undefined, log: (l: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, { ...user, cwd: '/', env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    pipeLines(child, log);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${file} exited with code ${code}`)),
    );
  });
}

function pipeLines(child: ChildProcess, log: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(line);
    });
    stream?.on('end', () => rest.trim() && log(rest));
  }
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 1000; port++) if (await isFree(port)) return port;
  throw new Error(`No free port in ${from}-${from + 999}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}
