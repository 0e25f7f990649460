import type { CountryCode } from '../attributes/values/phone.js';
import type { MappedColumn, MappedRow, MappingDefinition } from './import-rows.js';
import type { ReadSettings } from './reading/read-table.js';

/** What the mapping worker is started with: how to read the file and how to map its rows. */
export interface MappingJob {
  settings: ReadSettings;
  columns: MappedColumn[];
  definitions: MappingDefinition[];
  defaultCountry?: CountryCode;
  chunkSize: number;
  /** Chunks the worker may map before the import has taken them. */
  ahead: number;
}

/** Worker to import: opening and closing a pass over the file, a piece taken, mapped rows, the end. */
export type FromWorker =
  | { type: 'open'; stream: number }
  | { type: 'taken'; stream: number }
  | { type: 'close'; stream: number }
  /** Rows without their cells as written (`original` empty), which follow apart: a message clones an array of strings much faster than the same strings inside the rows. */
  | { type: 'rows'; rows: MappedRow[]; originals: string[][] }
  | { type: 'done' }
  | {
      type: 'failed';
      fileError?: { code: string; params: Record<string, string | number> };
      message: string;
    };

/** Import to worker: the file's pieces for a pass, its end, and room for one more chunk of rows. */
export type ToWorker =
  | { type: 'piece'; stream: number; data: Uint8Array }
  | { type: 'end'; stream: number; error?: string }
  | { type: 'more' };
