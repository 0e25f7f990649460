import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UNFINISHED_PREFIX } from './write-backup.js';

const NAME = /^patron-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.tar\.gz$/;

const two = (n: number) => String(n).padStart(2, '0');

/** `patron-backup-2026-12-10T03-00-12.tar.gz`, local time: names sort as the backups were taken. */
export function backupFileName(at: Date): string {
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const time = `${two(at.getHours())}-${two(at.getMinutes())}-${two(at.getSeconds())}`;
  return `patron-backup-${date}T${time}.tar.gz`;
}

/** The backups named as backupFileName names them in `dir`, newest first. */
export async function backupsIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => NAME.test(n)).sort((a, b) => (a < b ? 1 : -1));
}

/** Deletes all but the newest `keep` backups in `dir`; returns the names deleted. */
export async function keepNewest(dir: string, keep: number): Promise<string[]> {
  const old = (await backupsIn(dir)).slice(keep);
  for (const name of old) await rm(join(dir, name), { force: true });
  return old;
}

/** What a backup stopped midway (the process ended) left behind in `dir`. */
export async function removeUnfinished(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(UNFINISHED_PREFIX))) {
    await rm(join(dir, name), { recursive: true, force: true });
  }
}
