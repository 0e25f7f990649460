import type { ImportFileError } from './file-error.js';

/** A row of a file as text cells, with its line (CSV: where the record starts; XLSX: the row number). */
export interface TableRow {
  line: number;
  cells: string[];
  /** Why the row cannot be used (ragged, not text, a cell too long); the other rows go on. */
  problem?: {
    code: 'IMPORT_ROW_RAGGED' | 'IMPORT_NOT_TEXT' | 'IMPORT_CELL_TOO_LARGE';
    params: Record<string, string | number>;
  };
}

export type { ImportFileError };

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the character replaced.
const UNSTORABLE = /\u0000|\p{Cs}/gu;

/** Text PostgreSQL can keep (in text and jsonb): NUL and lone surrogates become U+FFFD. */
export function storable(text: string): string {
  return text.replace(UNSTORABLE, '\ufffd');
}
