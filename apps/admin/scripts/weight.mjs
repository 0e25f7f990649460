// pnpm --filter @patron/admin weight — what a browser downloads before the first screen, gzipped: the
// admin's (its sign-in page and the customer list share it) and the customers' self-service sign-in
// page's. Each is the scripts and styles its HTML names and every script those import statically;
// chunks fetched later (`import()`) are not counted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const STATIC_IMPORT = /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;

function firstScreen(page) {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const files = new Set(html.match(/assets\/[^"]+\.(?:js|css)/g) ?? []);
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const [, imported] of code.matchAll(STATIC_IMPORT))
      files.add(path.posix.join(path.posix.dirname(file), imported));
  }
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.size, raw, gzip };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, page] of [
  ['first screen', 'index.html'],
  ['self-service sign-in', 'self-service.html'],
]) {
  const { files, raw, gzip } = firstScreen(page);
  console.log(`${name}: ${files} files, ${kb(raw)} (${kb(gzip)} gzip)`);
}
