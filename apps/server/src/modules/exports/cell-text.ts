/** Characters a spreadsheet reads as the start of a formula (or strips before one). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell a spreadsheet will not run: one that starts like a formula gets a leading `'`
 * (OWASP's CSV-injection advice). Only text that came from people goes through here; numbers the
 * server computes (a negative balance) are written as numbers.
 */
export function harmless(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0] as string) ? `'${text}` : text;
}

/** A CSV field: quoted when it holds the delimiter, a quote or a line break. */
export function csvField(text: string, delimiter: string): string {
  if (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r'))
    return `"${text.replace(/"/g, '""')}"`;
  return text;
}
