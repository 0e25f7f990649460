export type Cell = string | number | null | undefined;

/** Byte order mark: tells Excel the file is UTF-8, so Persian and Russian open readable. */
export const BOM = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers as they are; text quoted when it must be, and never taken for a formula. */
export function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file (RFC 4180, CRLF line ends) starting with the BOM. */
export function buildCsv(rows: readonly (readonly Cell[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
