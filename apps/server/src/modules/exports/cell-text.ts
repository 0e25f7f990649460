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

/**
 * A number's text, exactly as `String(value)` gives it, without V8's number-to-string cache for integers:
 * every text that cache makes is kept by it until a full collection, so a million distinct numbers
 * (row numbers, amounts) written one after another were each moved to the old generation and
 * waited there (about 1 MB a second of the XLSX export's heap).
 */
export function numberText(value: number): string {
  // Past 2^53 `toFixed` writes the double's exact digits where `String` writes the shortest ones.
  return Number.isSafeInteger(value) ? value.toFixed(0) : String(value);
}
