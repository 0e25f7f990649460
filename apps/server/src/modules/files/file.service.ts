import { isUuid } from '../../common/ids.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { badField, type Path } from '../../graphql/errors.js';

/** How long an upload is kept for the call that uses it. */
export const FILE_KEPT_HOURS = 24;

export interface StoredFile {
  id: string;
  name: string;
  size: number;
  expiresAt: Date;
}

/**
 * Files uploaded through `POST /files`, kept per workspace for a day: a GraphQL call then names one
 * by `fileId` instead of carrying its content in a variable.
 */
export class FileService {
  constructor(private readonly sql: PreparedPool) {}

  async store(workspaceId: string, staffId: string, name: string, content: Buffer): Promise<StoredFile> {
    const [row] = await this.sql.query<{ id: string; expires_at: Date }>(
      `insert into uploaded_file (workspace_id, name, size, content, staff_id, expires_at)
         values (?, ?, ?, ?, ?, now() + make_interval(hours => ?)) returning id, expires_at`,
      [workspaceId, name.slice(0, 255), content.length, content, staffId, FILE_KEPT_HOURS],
    );
    return { id: row?.id as string, name, size: content.length, expiresAt: row?.expires_at as Date };
  }

  /** The file's content as UTF-8 text; UPLOADED_FILE_NOT_FOUND at `path` when it is gone or foreign. */
  async text(workspaceId: string, id: string, path: Path): Promise<string> {
    const missing = () => badField(path, 'UPLOADED_FILE_NOT_FOUND', { hours: FILE_KEPT_HOURS });
    if (!isUuid(id)) throw missing();
    const [row] = await this.sql.query<{ content: Buffer }>(
      'select content from uploaded_file where workspace_id = ? and id = ? and expires_at > now()',
      [workspaceId, id],
    );
    if (!row) throw missing();
    return row.content.toString('utf8');
  }

  /** The file's bytes, or null when it is gone or another workspace's (the caller checks who may read it). */
  async content(workspaceId: string, id: string): Promise<Buffer | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.sql.query<{ content: Buffer }>(
      'select content from uploaded_file where workspace_id = ? and id = ? and expires_at > now()',
      [workspaceId, id],
    );
    return row?.content ?? null;
  }

  /** Drops expired uploads; returns how many. */
  async prune(): Promise<number> {
    const rows = await this.sql.query<{ n: number }>(
      `with gone as (delete from uploaded_file where expires_at <= now() returning 1)
       select count(*)::int as n from gone`,
      [],
    );
    return rows[0]?.n ?? 0;
  }
}
