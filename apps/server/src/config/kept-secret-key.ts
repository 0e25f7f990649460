import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a start without PATRON_SECRET_KEY keeps the key it generated, in the data folder (owner only). */
export const SECRET_KEY_FILE = 'patron-secret-key';

/**
 * The secret key kept in the data folder, made on the first start that needs it. Without one,
 * channel passwords cannot be saved and unsubscribe links are null, so a template using them skips
 * every recipient. Only for the embedded PostgreSQL: processes sharing a database server must share
 * one PATRON_SECRET_KEY from their environment.
 */
export async function keptSecretKey(
  dataDir: string,
): Promise<{ key: string; file: string; created: boolean }> {
  const file = join(dataDir, SECRET_KEY_FILE);
  const kept = await keptSecretKeyIfAny(dataDir);
  if (kept) return { key: kept, file, created: false };
  const key = randomBytes(32).toString('base64');
  // 'wx': never overwrite a key another start wrote meanwhile (secrets stored with it would be lost).
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return { key, file, created: true };
}

/** The key kept in the data folder, or null when no start has made one. */
export async function keptSecretKeyIfAny(dataDir: string): Promise<string | null> {
  return (await readFile(join(dataDir, SECRET_KEY_FILE), 'utf8').catch(() => '')).trim() || null;
}

/**
 * Puts a restored database's key in the data folder, replacing one a start made for it while it
 * was empty (nothing was encrypted with that one).
 */
export async function keepSecretKey(dataDir: string, key: string): Promise<void> {
  await writeFile(join(dataDir, SECRET_KEY_FILE), `${key}\n`, { mode: 0o600 });
}
