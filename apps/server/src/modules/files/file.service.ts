import { Readable } from 'node:stream';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, type Path } from '../../graphql/errors.js';

/** How long an upload is kept for the call that uses it. */
export const FILE_KEPT_HOURS = 24;

/** Bytes per stored chunk: large enough that a 500 MB file is 500 rows, small enough to stream. */
export const CHUNK_BYTES = 1024 * 1024;

export interface StoredFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
  expiresAt: Date;
}

export interface NewFile {
  name: string;
  /** Who may download it (GET /files/:id) — the uploader, or the staff member an export is for. */
  ownerStaffId: string;
  contentType?: string;
  /** Defaults to FILE_KEPT_HOURS from now. */
  expiresAt?: Date;
  /** Refuse the file (FileTooLargeError, nothing kept) once it passes this many bytes. */
  maxBytes?: number;
}

/** Thrown by `saveStream` when a file passes its `maxBytes`; nothing of it is kept. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
  }
}

/**
 * Files kept per workspace for a limited time: uploads through `POST /files` that a GraphQL call then
 * names by `fileId`, and files the server makes for someone (exports, import reports). Stored as
 * chunks, each in its own short transaction, and seen only once whole (`stored_at`), so a file is there
 * whole or not at all; read back as a stream.
 */
export class FileService {
  constructor(private readonly sql: PreparedPool) {}

  /** Stores a file from any byte stream; an empty stream stores an empty file. */
  async saveStream(
    workspaceId: string,
    file: NewFile,
    source: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  ): Promise<StoredFile> {
    const contentType = file.contentType ?? 'application/octet-stream';
    const name = file.name.slice(0, 255);
    const [row] = await this.sql.query<{ id: string; expires_at: Date }>(
      `insert into uploaded_file (workspace_id, name, size, staff_id, content_type, expires_at)
         values (?, ?, 0, ?, ?, coalesce(?::timestamptz, now() + make_interval(hours => ?)))
         returning id, expires_at`,
      [workspaceId, name, file.ownerStaffId, contentType, file.expiresAt ?? null, FILE_KEPT_HOURS],
    );
    const id = row?.id as string;
    try {
      const size = await writeChunks(
        this.sql.query,
        workspaceId,
        id,
        source,
        file.maxBytes ?? Number.POSITIVE_INFINITY,
      );
      await this.sql.query(
        'update uploaded_file set size = ?, stored_at = now() where workspace_id = ? and id = ?',
        [size, workspaceId, id],
      );
      return { id, name, size, contentType, expiresAt: row?.expires_at as Date };
    } catch (error) {
      // A refused, cancelled or broken file leaves nothing; one whose process stopped is pruned at its expiry.
      await this.sql.query('delete from uploaded_file where workspace_id = ? and id = ?', [workspaceId, id]);
      throw error;
    }
  }

  /** Stores bytes already in memory (small files). */
  store(workspaceId: string, staffId: string, name: string, content: Buffer): Promise<StoredFile> {
    return this.saveStream(workspaceId, { name, ownerStaffId: staffId }, [content]);
  }

  /** A live file's description; UPLOADED_FILE_NOT_FOUND at `path` when it is gone, foreign or made up. */
  async describe(
    workspaceId: string,
    id: string,
    path: Path,
  ): Promise<StoredFile & { ownerStaffId: string }> {
    const missing = () => badField(path, 'UPLOADED_FILE_NOT_FOUND', { hours: FILE_KEPT_HOURS });
    if (!isUuid(id)) throw missing();
    const [row] = await this.sql.query<{
      name: string;
      size: number;
      content_type: string;
      expires_at: Date;
      staff_id: string;
    }>(
      `select name, size, content_type, expires_at, staff_id from uploaded_file
        where workspace_id = ? and id = ? and stored_at is not null and expires_at > now()`,
      [workspaceId, id],
    );
    if (!row) throw missing();
    return {
      id,
      name: row.name,
      size: row.size,
      contentType: row.content_type,
      expiresAt: row.expires_at,
      ownerStaffId: row.staff_id,
    };
  }

  /** The file's bytes as a stream, chunk by chunk; refused like `describe` when it is not there. */
  async openStream(workspaceId: string, id: string, path: Path): Promise<Readable> {
    await this.describe(workspaceId, id, path);
    const sql = this.sql;
    async function* chunks() {
      for (let seq = 0; ; seq++) {
        const [chunk] = await sql.query<{ bytes: Buffer }>(
          'select bytes from uploaded_file_chunk where workspace_id = ? and file_id = ? and seq = ?',
          [workspaceId, id, seq],
        );
        if (!chunk) return;
        yield chunk.bytes;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  /** The file's content as UTF-8 text (small files: balance batches). */
  async text(workspaceId: string, id: string, path: Path): Promise<string> {
    const parts: Buffer[] = [];
    for await (const chunk of await this.openStream(workspaceId, id, path)) parts.push(chunk as Buffer);
    return Buffer.concat(parts).toString('utf8');
  }

  /** Drops expired files; returns how many. */
  async prune(): Promise<number> {
    const rows = await this.sql.query<{ n: number }>(
      `with gone as (delete from uploaded_file where expires_at <= now() returning 1)
       select count(*)::int as n from gone`,
      [],
    );
    return rows[0]?.n ?? 0;
  }
}

/**
 * Writes the stream as CHUNK_BYTES rows; returns the total size. Each part is copied at once into one
 * chunk buffer, reused from row to row (the driver has its bytes once the insert is done), so the
 * parts die young: a stream of small parts (a zip's deflate output) kept until a chunk was full lived
 * long enough to leave V8's young generation, and their memory waited for a full collection.
 */
async function writeChunks(
  run: Run,
  workspaceId: string,
  fileId: string,
  source: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  maxBytes: number,
): Promise<number> {
  let chunk: Buffer | null = null;
  let filled = 0;
  let size = 0;
  let seq = 0;
  const flush = async () => {
    if (!chunk || filled === 0) return;
    await run('insert into uploaded_file_chunk (workspace_id, file_id, seq, bytes) values (?, ?, ?, ?)', [
      workspaceId,
      fileId,
      seq++,
      chunk.subarray(0, filled),
    ]);
    filled = 0;
  };
  for await (const part of source) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    size += bytes.length;
    if (size > maxBytes) throw new FileTooLargeError(maxBytes);
    for (let at = 0; at < bytes.length; ) {
      chunk ??= Buffer.allocUnsafeSlow(CHUNK_BYTES);
      const n = Math.min(bytes.length - at, CHUNK_BYTES - filled);
      chunk.set(bytes.subarray(at, at + n), filled);
      filled += n;
      at += n;
      if (filled === CHUNK_BYTES) await flush();
    }
  }
  await flush();
  return size;
}
