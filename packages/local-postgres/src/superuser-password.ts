import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The superuser's password, kept beside the cluster's files; readable by the owner of this process only. */
export const PASSWORD_FILE = 'patron-superuser-password';
/** Written before the password is changed, renamed over PASSWORD_FILE once it has been. */
const PENDING_FILE = `${PASSWORD_FILE}.new`;
/** What clusters made before the generated password were created with. */
export const LEGACY_PASSWORD = 'postgres';

/** URL-safe, so it goes into a connection URL as it is. */
export function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

export async function writePassword(dir: string, password: string, file = PASSWORD_FILE): Promise<void> {
  const path = join(dir, file);
  await rm(path, { force: true }); // A new file gets mode 0600; an existing one would keep its mode.
  await writeFile(path, `${password}\n`, { mode: 0o600 });
}

async function read(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The passwords the cluster in `dataDir` may have, most likely first: the kept one; one a start was
 * changing to when it stopped; the old fixed one of clusters made before passwords were generated.
 */
export async function candidatePasswords(dataDir: string): Promise<string[]> {
  const found = [await read(join(dataDir, PASSWORD_FILE)), await read(join(dataDir, PENDING_FILE))];
  return [...new Set([...found.filter((p): p is string => p !== undefined), LEGACY_PASSWORD])];
}

/**
 * Gives a cluster still on the old fixed password a generated one. The new password is on disk
 * before the server has it, so a stop at any point leaves a password that opens the cluster.
 */
export async function replaceLegacyPassword(
  dataDir: string,
  change: (password: string) => Promise<void>,
): Promise<string> {
  const password = newPassword();
  await writePassword(dataDir, password, PENDING_FILE);
  await change(password);
  await rename(join(dataDir, PENDING_FILE), join(dataDir, PASSWORD_FILE));
  return password;
}

/** Clears a pending password left by a stop in the middle of replaceLegacyPassword. */
export async function settlePassword(dataDir: string, password: string): Promise<void> {
  const kept = await read(join(dataDir, PASSWORD_FILE));
  if (kept !== password) await writePassword(dataDir, password);
  await rm(join(dataDir, PENDING_FILE), { force: true });
}
