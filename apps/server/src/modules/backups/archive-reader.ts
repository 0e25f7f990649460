import { on } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { BackupManifest, DamagedBackup, MANIFEST_ENTRY, parseManifest } from './backup-format.js';

export interface ArchiveEntry {
  name: string;
  size: number;
  body: Readable;
}

/** The manifest is small; anything larger is not one. */
const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A backup's entries, one at a time, read from the file as they are used: nothing is held in memory
 * but the entry being read. A damaged file (bad gzip, a cut tar) fails whoever is reading with
 * DamagedBackup; `explain` turns an error met while reading an entry into that failure.
 */
export class ArchiveReader {
  private failure: Error | null = null;
  private readonly extract = tar.extract();
  private readonly source: Promise<void>;
  // Listened to from the start: the first entry may come before anyone asks for it.
  private readonly found: AsyncIterator<unknown[]>;

  constructor(readonly file: string) {
    this.found = on(this.extract, 'entry', { close: ['finish', 'close'] });
    this.source = pipeline(createReadStream(file), createGunzip(), this.extract).catch((error: Error) => {
      this.failure = new DamagedBackup(`it is damaged or incomplete (${error.message})`);
    });
  }

  async *entries(): AsyncGenerator<ArchiveEntry> {
    try {
      for await (const [header, body, next] of { [Symbol.asyncIterator]: () => this.found }) {
        const entry = body as Readable;
        yield { name: (header as tar.Headers).name, size: (header as tar.Headers).size ?? 0, body: entry };
        if (!entry.readableEnded) entry.resume();
        (next as () => void)();
      }
      await this.source;
      if (this.failure) throw this.failure;
    } catch (error) {
      throw await this.explain(error);
    }
  }

  /** The archive's own failure when there was one (a cut entry ends its reader "prematurely"). */
  async explain(error: unknown): Promise<unknown> {
    if (!this.failure && !(error instanceof DamagedBackup)) {
      // The file's pipeline settles once the extractor is destroyed; a moment is all it takes.
      await Promise.race([this.source, new Promise((resolve) => setTimeout(resolve, 200))]);
    }
    return this.failure ?? error;
  }

  close(): void {
    this.extract.destroy();
  }
}

async function text(body: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit) throw new DamagedBackup('its manifest is too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads an entry's whole text: the manifest, the secret key. */
export function entryText(entry: ArchiveEntry): Promise<string> {
  return text(entry.body, MANIFEST_MAX_BYTES);
}

/** The manifest, the archive's first entry: what a backup holds, read without reading the rest. */
export async function readManifest(file: string): Promise<BackupManifest> {
  const reader = new ArchiveReader(file);
  try {
    for await (const entry of reader.entries()) {
      if (entry.name !== MANIFEST_ENTRY) break;
      return parseManifest(await entryText(entry));
    }
    throw new DamagedBackup(`it is not a Patron backup (no ${MANIFEST_ENTRY} first)`);
  } finally {
    reader.close();
  }
}
