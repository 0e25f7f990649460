import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fileError, ImportFileError } from './file-error.js';
import { MAX_CELL } from './limits.js';
import type { ImportSource } from './source.js';
import type { TableRow } from './table.js';

/*
 * XLSX is read straight from the zip stream (unzipper) with an XML pull of its own parts (saxes), not
 * through exceljs's streaming reader: that one listed sheets only by parsing every sheet's rows, built
 * a Row and Cell model for every cell, and copied each sheet to a temporary file whenever the sheet
 * came before the shared strings in the zip (as Excel and exceljs write them), a file left behind by
 * any pass that stopped early (opening, preview). Here a first pass reads the small parts (workbook,
 * its relationships, styles, shared strings) and passes over the sheets; the second streams the chosen
 * sheet alone. Styles are still read by exceljs's own code, so dates are told as exceljs tells them.
 */
const require = createRequire(import.meta.url);
const unzip = require('unzipper') as {
  Parse(options: { forceStream: boolean }): NodeJS.ReadWriteStream & AsyncIterable<ZipEntry>;
};
const StyleManager = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as new () => Styles;
const excelUtils = require('exceljs/lib/utils/utils.js') as {
  isDateFmt(format: string | undefined): boolean;
  excelToDate(serial: number, date1904: boolean): Date;
};

interface ZipEntry extends Readable {
  path: string;
  autodrain(): unknown;
}

interface Styles {
  init(): void;
  parseStream(stream: Iterable<unknown> | AsyncIterable<unknown>): Promise<unknown>;
  getStyleModel(id: number): { numFmt?: string } | undefined;
}

interface SheetRef {
  name: string;
  rId: string;
}

interface Workbook {
  sheets: SheetRef[];
  date1904: boolean;
}

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** The names of the workbook's sheets in tab order, from xl/workbook.xml alone (no sheet is parsed). */
export async function xlsxSheets(input: Readable): Promise<string[]> {
  try {
    for await (const entry of zipEntries(input)) {
      if (entry.path !== WORKBOOK) {
        entry.autodrain();
        continue;
      }
      const names = (await readWorkbook(entry)).sheets.map((s) => s.name);
      input.destroy();
      return names;
    }
  } catch (error) {
    throw asFileError(error);
  } finally {
    input.destroy();
  }
  return [];
}

/**
 * Rows of one sheet (the first when `sheet` is null) as text: dates (stored as serial numbers with
 * a date format) become ISO dates, formulas give their cached value, rich text its plain text.
 */
export async function* readXlsx(source: ImportSource, sheet: string | null): AsyncGenerator<TableRow> {
  let parts: Parts;
  try {
    parts = await readParts(source.open());
  } catch (error) {
    throw asFileError(error);
  }
  const wanted =
    sheet === null ? parts.workbook.sheets[0] : parts.workbook.sheets.find((s) => s.name === sheet);
  const path = wanted && sheetPath(parts.rels.get(wanted.rId));
  if (!path) throw fileError('IMPORT_SHEET_UNKNOWN', { sheet: sheet ?? '' });
  const input = source.open();
  let width = -1;
  try {
    for await (const entry of zipEntries(input)) {
      if (entry.path !== path) {
        entry.autodrain();
        continue;
      }
      for await (const rows of sheetRows(entry, parts)) {
        for (const out of rows) {
          if (width < 0) width = out.cells.length;
          else if (out.cells.length > width)
            out.problem = { code: 'IMPORT_ROW_RAGGED', params: { got: out.cells.length, expected: width } };
          if (out.cells.some((c) => c.length > MAX_CELL))
            out.problem = { code: 'IMPORT_CELL_TOO_LARGE', params: { line: out.line, max: MAX_CELL } };
          yield out;
        }
      }
      return;
    }
  } catch (error) {
    throw asFileError(error);
  } finally {
    input.destroy();
  }
  throw fileError('IMPORT_SHEET_UNKNOWN', { sheet: sheet ?? '' });
}

interface Parts {
  workbook: Workbook;
  rels: Map<string, string>;
  styles: Styles;
  sharedStrings: string[];
}

/** The first pass: every part a sheet's cells need, the sheets themselves passed over. */
async function readParts(input: Readable): Promise<Parts> {
  let workbook: Workbook = { sheets: [], date1904: false };
  let rels = new Map<string, string>();
  let styles: Styles | null = null;
  let sharedStrings: string[] = [];
  try {
    for await (const entry of zipEntries(input)) {
      if (entry.path === WORKBOOK) workbook = await readWorkbook(entry);
      else if (entry.path === RELS) rels = await readRels(entry);
      else if (entry.path === STYLES) {
        // Read whole first (a small part): exceljs stops reading at the root's closing tag, and an
        // entry left unfinished would stall the zip.
        const content = await readAll(entry);
        styles = new StyleManager();
        await styles.parseStream([content]);
      } else if (entry.path === SHARED_STRINGS) sharedStrings = await readSharedStrings(entry);
      else entry.autodrain();
    }
  } finally {
    input.destroy();
  }
  if (!styles) {
    styles = new StyleManager();
    styles.init();
  }
  return { workbook, rels, styles, sharedStrings };
}

async function readAll(entry: Readable): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of entry as AsyncIterable<Buffer>) pieces.push(piece);
  return Buffer.concat(pieces);
}

function zipEntries(input: Readable): AsyncIterable<ZipEntry> {
  const zip = unzip.Parse({ forceStream: true });
  input.on('error', (error) => (zip as unknown as Readable).destroy(error));
  input.pipe(zip);
  return zip;
}

/** Feeds a whole part to saxes, with the handlers `on` sets. */
async function parse(entry: Readable, on: (parser: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure = error;
  });
  on(parser);
  const text = new StringDecoder('utf8');
  for await (const piece of entry as AsyncIterable<Buffer>) {
    parser.write(text.write(piece));
    if (failure) throw failure;
  }
  parser.write(text.end());
  parser.close();
  if (failure) throw failure;
}

async function readWorkbook(entry: Readable): Promise<Workbook> {
  const book: Workbook = { sheets: [], date1904: false };
  await parse(entry, (p) =>
    p.on('opentag', (tag) => {
      const t = tag as SaxesTagPlain;
      if (t.name === 'sheet')
        book.sheets.push({ name: String(t.attributes.name ?? ''), rId: String(t.attributes['r:id'] ?? '') });
      else if (t.name === 'workbookPr') {
        const v = t.attributes.date1904;
        book.date1904 = v === '1' || v === 'true';
      }
    }),
  );
  return book;
}

async function readRels(entry: Readable): Promise<Map<string, string>> {
  const rels = new Map<string, string>();
  await parse(entry, (p) =>
    p.on('opentag', (tag) => {
      const t = tag as SaxesTagPlain;
      if (t.name === 'Relationship') rels.set(String(t.attributes.Id), String(t.attributes.Target ?? ''));
    }),
  );
  return rels;
}

/** A relationship's target as a path in the zip: relative to xl/, or absolute from the root. */
function sheetPath(target: string | undefined): string | null {
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Shared strings as plain text (rich text runs joined; phonetic runs left out). */
async function readSharedStrings(entry: Readable): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let inPhonetic = false;
  await parse(entry, (p) => {
    p.on('opentag', (tag) => {
      const name = tag.name;
      if (name === 'si') text = '';
      else if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
    });
    p.on('text', (value) => {
      if (inText && text.length <= MAX_CELL) text += value;
    });
    p.on('closetag', (tag) => {
      const name = tag.name;
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(text);
    });
  });
  return strings;
}

/** Column number (1-based) of a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/** Rows of a sheet part, as gathered per piece of the stream (empty rows and trailing blanks dropped). */
async function* sheetRows(entry: Readable, parts: Parts): AsyncGenerator<TableRow[]> {
  const { styles, sharedStrings } = parts;
  const date1904 = parts.workbook.date1904;
  const dateStyles = new Map<number, boolean>();
  const isDate = (s: number): boolean => {
    let known = dateStyles.get(s);
    if (known === undefined) {
      known = excelUtils.isDateFmt(styles.getStyleModel(s)?.numFmt);
      dateStyles.set(s, known);
    }
    return known;
  };
  const parser = new SaxesParser();
  let failure: Error | null = null;
  let ready: TableRow[] = [];
  let inData = false;
  let line = 0;
  let cells: string[] | null = null;
  let col = 0;
  let type = '';
  let style = 0;
  let value = '';
  let hasValue = false;
  let capture = false;
  let inInline = false;
  let inPhonetic = false;
  parser.on('error', (error) => {
    failure = error;
  });
  parser.on('opentag', (tag) => {
    const t = tag as SaxesTagPlain;
    switch (t.name) {
      case 'sheetData':
        inData = true;
        break;
      case 'row':
        if (!inData) break;
        line = t.attributes.r ? Number.parseInt(String(t.attributes.r), 10) : line + 1;
        cells = [];
        col = 0;
        break;
      case 'c': {
        if (!cells) break;
        const ref = t.attributes.r;
        col = ref ? columnOf(String(ref)) : col + 1;
        type = String(t.attributes.t ?? '');
        style = t.attributes.s ? Number.parseInt(String(t.attributes.s), 10) : 0;
        value = '';
        hasValue = false;
        break;
      }
      case 'v':
        if (cells) {
          capture = true;
          hasValue = true;
        }
        break;
      case 'is':
        if (cells) {
          inInline = true;
          hasValue = true;
        }
        break;
      case 't':
        if (inInline && !inPhonetic) capture = true;
        break;
      case 'rPh':
        inPhonetic = true;
        break;
    }
  });
  parser.on('text', (text) => {
    if (capture && value.length <= MAX_CELL) value += text;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'v':
      case 't':
        capture = false;
        break;
      case 'is':
        inInline = false;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'c':
        if (cells && hasValue && col > 0) {
          while (cells.length < col - 1) cells.push('');
          cells[col - 1] = cellText(type, value, style, sharedStrings, isDate, date1904);
        }
        break;
      case 'row':
        if (cells) {
          while (cells.length > 0 && cells.at(-1) === '') cells.pop();
          if (cells.length > 0) ready.push({ line, cells });
          cells = null;
        }
        break;
      case 'sheetData':
        inData = false;
        break;
    }
  });
  // A piece of the inflated part can end inside a character: the decoder keeps its first bytes.
  const text = new StringDecoder('utf8');
  for await (const piece of entry as AsyncIterable<Buffer>) {
    parser.write(text.write(piece));
    if (failure) throw failure;
    if (ready.length > 0) {
      yield ready;
      ready = [];
    }
  }
  parser.write(text.end());
  parser.close();
  if (failure) throw failure;
  if (ready.length > 0) yield ready;
}

/** A cell's text by its type: the cached value of a formula, a shared string, a date's ISO date. */
function cellText(
  type: string,
  value: string,
  style: number,
  sharedStrings: string[],
  isDate: (style: number) => boolean,
  date1904: boolean,
): string {
  switch (type) {
    case 's':
      return sharedStrings[Number.parseInt(value, 10)] ?? '';
    case 'str':
    case 'inlineStr':
      return value;
    case 'e':
      return '';
    case 'b':
      return value === '' ? '' : String(Number.parseInt(value, 10) !== 0);
    default: {
      if (value === '') return '';
      const n = Number.parseFloat(value);
      if (Number.isNaN(n)) return value;
      if (isDate(style)) return isoOf(excelUtils.excelToDate(n, date1904));
      return String(n);
    }
  }
}

/** A date cell: its day when it has no time of day, else the instant (Excel keeps no time zone). */
function isoOf(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function asFileError(error: unknown): unknown {
  if (error instanceof ImportFileError) return error;
  // The zip and XML parsers throw plain errors on a damaged archive: there is nothing to read then.
  return fileError('IMPORT_XLSX_CORRUPT');
}
