// `pnpm start`: compiles the server and its packages (oxc, no type check: about a second), builds the
// admin SPA when its sources changed, and starts the server meanwhile: it starts PostgreSQL and applies
// the migrations while Vite builds, and opens its port once the SPA is there. One line per step.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transpilePackage } from './transpile.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** What the server runs on; the testkit and tests are not needed to start. */
const PACKAGES = [
  'packages/problems',
  'packages/sdk',
  'packages/filter',
  'packages/message-text',
  'packages/local-postgres',
  'packages/plugins/email-domain',
  'apps/server',
];
const ADMIN = join(root, 'apps/admin');
/** Written into the SPA's dist after a build: the hash of what it was built from. */
const STAMP = join(ADMIN, 'dist', '.built-from');

const say = (message) => console.log(`[start] ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function* files(dir, skip) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (skip.test(entry.name)) continue;
    if (entry.isDirectory()) yield* files(path, skip);
    else yield path;
  }
}

/** The SPA's sources, its build settings, the problem codes it bundles and the lockfile. */
async function adminSourceHash() {
  const hash = createHash('sha256');
  const inputs = [
    [ADMIN, /^(node_modules|dist|e2e|.*\.test\.tsx?)$/],
    [join(root, 'packages/problems/src'), /\.test\.ts$/],
  ];
  for (const [dir, skip] of inputs) {
    for await (const file of files(dir, skip)) hash.update(relative(root, file)).update(await readFile(file));
  }
  hash.update(await readFile(join(root, 'pnpm-lock.yaml')));
  return hash.digest('hex');
}

let started = Date.now();
for (const pkg of PACKAGES) await transpilePackage(join(root, pkg));
say(`compiled the server and its packages (${seconds(started)})`);

const children = new Set();
const sourceHash = await adminSourceHash();
const upToDate =
  existsSync(join(ADMIN, 'dist', 'index.html')) &&
  (await readFile(STAMP, 'utf8').catch(() => '')) === sourceHash;
let spaBuilt = Promise.resolve();
if (upToDate) {
  say('admin SPA up to date');
} else {
  say('building the admin SPA (Vite) while the server starts…');
  started = Date.now();
  const vite = spawn(join(ADMIN, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: ADMIN,
    stdio: 'inherit',
  });
  children.add(vite);
  spaBuilt = new Promise((resolve) =>
    vite.once('exit', async (code) => {
      children.delete(vite);
      if (code === 0) {
        await writeFile(STAMP, sourceHash);
        say(`admin SPA built (${seconds(started)})`);
      } else if (code !== null) {
        say(`the admin SPA did not build (Vite exited with ${code}); the API runs without it`);
      }
      resolve();
    }),
  );
}

// V8 flags as in apps/server's `start` (why: the imports module's README, "Memory").
const server = spawn(
  process.execPath,
  ['--max-semi-space-size=16', '--max-old-space-size=1536', join(root, 'apps/server/dist/main.js')],
  {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: upToDate ? process.env : { ...process.env, PATRON_ADMIN_BUILDING: '1' },
  },
);
children.add(server);
void spaBuilt.then(() => server.connected && server.send('admin-built'));

// A Ctrl-C reaches every process of the terminal's group; a signal sent to this one alone (a
// supervisor's) is passed on. The server's own exit code is ours: 0 after a normal stop.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
server.once('exit', (code, signal) => {
  for (const child of children) if (child !== server) child.kill('SIGTERM');
  process.exit(code ?? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGKILL: 9 }[signal] ?? 1));
});
