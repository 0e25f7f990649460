import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { FileService } from '../files/file.service.js';

export interface StoredExport {
  id: string;
  size: number;
}

/**
 * Where finished export files go, and the one place to change when the files module streams:
 * `save` becomes `files.saveStream(workspaceId, { name, contentType, ownerStaffId, expiresAt },
 * createReadStream(path))` and `open` becomes `files.openStream(workspaceId, id, path)`. Until then
 * the file is read whole into the existing one-row store, which limits an export to what fits there.
 */
export class ExportStorage {
  constructor(private readonly files: FileService) {}

  async save(
    workspaceId: string,
    meta: { name: string; contentType: string; ownerStaffId: string; expiresAt: Date },
    path: string,
  ): Promise<StoredExport> {
    const content = await readFile(path);
    const stored = await this.files.store(workspaceId, meta.ownerStaffId, meta.name, content);
    return { id: stored.id, size: stored.size };
  }

  /** The file's bytes as a stream, or null when the files module no longer has it. */
  async open(workspaceId: string, id: string): Promise<Readable | null> {
    const content = await this.files.content(workspaceId, id);
    return content ? Readable.from([content]) : null;
  }
}
