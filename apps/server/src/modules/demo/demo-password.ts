import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the demo accounts' password is kept, in the data folder; readable by its owner only. */
export const DEMO_PASSWORD_FILE = 'patron-demo-password';

export function demoPasswordFile(dataDir: string): string {
  return join(dataDir, DEMO_PASSWORD_FILE);
}

/** A new demo password (16 letters and digits in groups of four, easy to type), kept for later starts. */
export async function createDemoPassword(dataDir: string): Promise<string> {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'; // 32 signs: a byte picks one without bias.
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  const password = chars.match(/.{4}/g)?.join('-') ?? chars;
  const file = demoPasswordFile(dataDir);
  await rm(file, { force: true }); // A new file gets mode 0600; an existing one would keep its mode.
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function readDemoPassword(dataDir: string): Promise<string | undefined> {
  return (await readFile(demoPasswordFile(dataDir), 'utf8').catch(() => ''))?.trim() || undefined;
}
