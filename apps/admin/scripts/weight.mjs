// pnpm --filter @patron/admin weight — what a browser downloads before the first screen (the sign-in
// page and the customer list share it): the scripts and styles dist/index.html names, gzipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...new Set(html.match(/assets\/[^"]+\.(?:js|css)/g) ?? [])];
let raw = 0;
let gzip = 0;
for (const file of files) {
  const bytes = readFileSync(path.join(dist, file));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`first screen: ${files.length} files, ${kb(raw)} (${kb(gzip)} gzip)`);
