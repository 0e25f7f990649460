import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes docs/benchmarks.md and formats it as the repository's lint does (tables aligned): rows a
 * benchmark writes are not padded to the table's columns, and an unformatted file fails CI's lint.
 */
export async function writeBenchmarksDoc(file: string, text: string): Promise<void> {
  await writeFile(file, text);
  const root = path.dirname(path.dirname(file));
  const formatted = spawnSync(path.join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], {
    cwd: root,
    encoding: 'utf8',
  });
  if (formatted.status !== 0) throw new Error(`biome could not format ${file}: ${formatted.stderr}`);
}
