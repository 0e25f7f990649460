import iconv from 'iconv-lite';
import { fileError } from './file-error.js';

export type FileFormat = 'CSV' | 'XLSX';
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1256'] as const;
export type Encoding = (typeof ENCODINGS)[number];
export const DELIMITERS = [',', ';', '\t', '|'] as const;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: an old .xls, or an .xlsx encrypted with a password (Excel wraps those in OLE). */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** PDF, PNG, JPEG, GIF, gzip, RAR and 7z: files that are surely not a table. */
const OTHER_FORMATS = [
  Buffer.from('%PDF'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  Buffer.from([0xff, 0xd8, 0xff]),
  Buffer.from('GIF8'),
  Buffer.from([0x1f, 0x8b]),
  Buffer.from('Rar!'),
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf]),
];
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/** The format by the file's first bytes, whatever its name says; refuses what is neither. */
export function detectFormat(sample: Buffer): FileFormat {
  if (sample.length === 0) throw fileError('IMPORT_FILE_EMPTY');
  if (sample.subarray(0, 4).equals(ZIP)) return 'XLSX';
  if (sample.subarray(0, 8).equals(OLE)) {
    throw sample.includes(ENCRYPTED_STREAM)
      ? fileError('IMPORT_XLSX_ENCRYPTED')
      : fileError('IMPORT_XLS_OLD');
  }
  const head = sample.subarray(0, 8);
  if (OTHER_FORMATS.some((magic) => head.subarray(0, magic.length).equals(magic)))
    throw fileError('IMPORT_FORMAT_UNKNOWN');
  return 'CSV';
}

/**
 * The text encoding from the BOM, else UTF-8 when the sample is valid UTF-8, else a one-byte
 * Windows code page: Russian text in Windows-1251 is mostly lower-case letters (0xE0–0xFF), while
 * Persian in Windows-1256 spreads its letters over 0xC1–0xFF, about half below 0xE0.
 */
export function detectEncoding(sample: Buffer): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  if (isUtf8(sample)) return 'utf-8';
  let high = 0;
  let lower = 0;
  for (const byte of sample) {
    if (byte >= 0xc0) {
      high++;
      if (byte >= 0xe0) lower++;
    }
  }
  return high > 0 && lower / high > 0.65 ? 'windows-1251' : 'windows-1256';
}

/** Valid UTF-8, forgiving a sequence cut at the end of the sample. */
function isUtf8(sample: Buffer): boolean {
  let i = 0;
  while (i < sample.length) {
    const b = sample[i] as number;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return false;
    for (let k = 1; k < len; k++) {
      if (i + k >= sample.length) return true;
      if (((sample[i + k] as number) & 0xc0) !== 0x80) return false;
    }
    i += len;
  }
  return true;
}

export function decodeSample(sample: Buffer, encoding: Encoding): string {
  return iconv.decode(sample, encoding, { stripBOM: true });
}

/**
 * The delimiter that splits the first lines into the same number of cells (more than one), counting
 * only outside quotes; a comma when none does.
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 20);
  if (lines.length > 1 && text.length >= 1 && !/\r\n|\n|\r/.test(text.slice(-2))) lines.pop();
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.filter((l) => l.length > 0).map((l) => countOutsideQuotes(l, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const same = counts.filter((c) => c === first).length / counts.length;
    const score = same * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

export function isEncoding(value: string): value is Encoding {
  return (ENCODINGS as readonly string[]).includes(value.toLowerCase());
}
