import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { isUuid } from '../../../common/ids.js';
import type { PreparedPool } from '../../../db/prepared-pool.js';
import { badField, type Path } from '../../../graphql/errors.js';
import { FILE_KEPT_HOURS } from '../../files/file.service.js';

/** An uploaded file the import reads, as many times as it needs, always as a stream. */
export interface ImportSource {
  name: string;
  /** SHA-256 of the content: part of the keys of opening balances, so a re-run adds nothing twice. */
  hash: string;
  open(): Readable;
}

const PIECE = 64 * 1024;

/**
 * The one place that reaches uploads. Today `uploaded_file` keeps the bytes in one row (≤ 50 MB),
 * read once and handed out in 64 KB pieces; when `files.openStream` lands this becomes a call to it
 * and nothing downstream changes (every reader takes a Readable).
 */
export async function uploadedSource(
  sql: PreparedPool,
  workspaceId: string,
  fileId: string,
  path: Path,
): Promise<ImportSource> {
  const missing = () => badField(path, 'UPLOADED_FILE_NOT_FOUND', { hours: FILE_KEPT_HOURS });
  if (!isUuid(fileId)) throw missing();
  const [row] = await sql.query<{ name: string; content: Buffer }>(
    'select name, content from uploaded_file where workspace_id = ? and id = ? and expires_at > now()',
    [workspaceId, fileId],
  );
  if (!row) throw missing();
  return bufferSource(row.name, row.content);
}

export function bufferSource(name: string, content: Buffer): ImportSource {
  return {
    name,
    hash: createHash('sha256').update(content).digest('hex'),
    open: () =>
      Readable.from(
        (function* () {
          for (let at = 0; at < content.length; at += PIECE) yield content.subarray(at, at + PIECE);
        })(),
      ),
  };
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
  const hash = createHash('sha256');
  for await (const piece of createReadStream(file)) hash.update(piece as Buffer);
  return { name, hash: hash.digest('hex'), open: () => createReadStream(file, { highWaterMark: PIECE }) };
}
