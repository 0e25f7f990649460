/** Columns a file may have: a real customer file has dozens; 10,000 is a broken or hostile one. */
export const MAX_COLUMNS = 500;
/** Characters a cell may hold: more than any attribute stores (long text is 10,000). */
export const MAX_CELL = 10_000;
/** Characters one CSV record may take before the reader gives up on the file (a 50 MB cell). */
export const MAX_RECORD = 1_000_000;
/** Bytes looked at to detect the format, the encoding and the delimiter. */
export const SAMPLE_BYTES = 64 * 1024;
