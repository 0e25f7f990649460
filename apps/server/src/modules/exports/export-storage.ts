import type { Readable } from 'node:stream';
import type { FileService } from '../files/file.service.js';

export interface StoredExport {
  id: string;
  size: number;
}

/**
 * Where export files go: the files module, streamed in chunks as the export writes them,
 * owned by the requester and kept until the export's expiry. The one place that knows how.
 */
export class ExportStorage {
  constructor(private readonly files: FileService) {}

  async save(
    workspaceId: string,
    meta: { name: string; contentType: string; ownerStaffId: string; expiresAt: Date },
    content: AsyncIterable<Buffer>,
  ): Promise<StoredExport> {
    const stored = await this.files.saveStream(workspaceId, meta, content);
    return { id: stored.id, size: stored.size };
  }

  /** The file's bytes as a stream, or null when the files module no longer has it. */
  async open(workspaceId: string, id: string): Promise<Readable | null> {
    try {
      return await this.files.openStream(workspaceId, id, ['fileId']);
    } catch {
      return null;
    }
  }
}
