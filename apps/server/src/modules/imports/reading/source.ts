import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Path } from '../../../graphql/errors.js';

/** An uploaded file the import reads, as many times as it needs, always as a stream. */
export interface ImportSource {
  name: string;
  /** SHA-256 of the content: part of the keys of opening balances, so a re-run adds nothing twice. */
  hash(): Promise<string>;
  open(): Readable;
}

const PIECE = 64 * 1024;

/** What reading an upload needs of the files service (files.describe / files.openStream). */
export interface UploadedFiles {
  describe(workspaceId: string, id: string, path: Path): Promise<{ name: string }>;
  openStream(workspaceId: string, id: string, path: Path): Promise<Readable>;
}

/**
 * The one place that reaches uploads: the files service's stream of the file's chunks, opened anew
 * for every pass (detection, header, preview, the run), so no file is ever held whole in memory.
 */
export async function uploadedSource(
  files: UploadedFiles,
  workspaceId: string,
  fileId: string,
  path: Path,
): Promise<ImportSource> {
  const { name } = await files.describe(workspaceId, fileId, path);
  const open = () =>
    Readable.from(
      (async function* () {
        yield* (await files.openStream(workspaceId, fileId, path)) as AsyncIterable<Buffer>;
      })(),
    );
  return { name, open, hash: () => hashOf(open()) };
}

async function hashOf(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of stream as AsyncIterable<Buffer>) hash.update(piece);
  return hash.digest('hex');
}

export function bufferSource(name: string, content: Buffer): ImportSource {
  const open = () =>
    Readable.from(
      (function* () {
        for (let at = 0; at < content.length; at += PIECE) yield content.subarray(at, at + PIECE);
      })(),
    );
  return { name, open, hash: () => hashOf(open()) };
}

/** The first `bytes` of a source (fewer when it is shorter). */
export async function sampleOf(source: ImportSource, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  const stream = source.open();
  for await (const piece of stream as AsyncIterable<Buffer>) {
    parts.push(piece);
    got += piece.length;
    if (got >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(parts).subarray(0, bytes);
}

/** A file on disk, read as a stream each time (the benchmark's files are beyond the upload limit). */
export async function diskSource(name: string, file: string): Promise<ImportSource> {
  const { createReadStream } = await import('node:fs');
  const open = () => createReadStream(file, { highWaterMark: PIECE });
  return { name, open, hash: () => hashOf(open()) };
}
