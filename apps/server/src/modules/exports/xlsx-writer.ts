import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import archiver from 'archiver';
import { harmless, numberText } from './cell-text.js';
import type { Cell } from './export-columns.js';
import type { ExportWriter, WrittenColumn } from './export-writers.js';
import { Utf8Batch } from './utf8-batch.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const BOOK_RELS = `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
/** The one style every cell uses; Excel wants a styles part even then. */
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const book = (sheetName: string) =>
  `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

/** The first row stays in view; a Persian requester gets the sheet right to left. */
const sheetStart = (rightToLeft: boolean) =>
  `${HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"${rightToLeft ? ' rightToLeft="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';

/** Characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage return). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// biome-ignore lint/suspicious/noControlCharactersInRegex: a text needs work only when it has one of these
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c] as string);
}

/** A, B, …, Z, AA, … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * XLSX written part by part into a zip stream (archiver): the sheet's XML is made one batch at a time,
 * row by row as UTF-8 into one buffer (`utf8-batch.ts`), and handed to the zip with backpressure, so
 * memory holds a batch and the deflate window, whatever the file's size. Strings are inline (no shared-strings table, which would grow with
 * the file) and cells are typed: a string cell is never evaluated, yet text from people is still
 * neutralised, for whoever edits the cell later; phones are string cells and keep their `+` and every
 * digit. exceljs's streaming writer was used before: its buffers ignore backpressure (the export had to
 * poll them) and each cell is an object; see docs/benchmarks.md for what that cost.
 */
export class XlsxWriter implements ExportWriter {
  // Level 1: a third of level 6's time for a file about a fifth larger (XML is very repetitive).
  private readonly zip = archiver('zip', { zlib: { level: 1 } });
  private readonly sheet = new PassThrough({ highWaterMark: 256 * 1024 });
  private readonly phone: boolean[];
  private readonly refs: string[];
  private readonly done: Promise<unknown>;
  private readonly bytes = new Utf8Batch();
  private row = 0;

  constructor(out: Writable, columns: readonly WrittenColumn[], rightToLeft: boolean, sheetName: string) {
    this.phone = columns.map((c) => c.phone);
    this.refs = columns.map((_, i) => columnName(i));
    this.zip.on('warning', (error) => this.zip.emit('error', error));
    this.done = Promise.race([
      once(out, 'finish'),
      once(this.zip, 'error').then(([error]) => Promise.reject(error)),
    ]);
    this.done.catch(() => {});
    this.zip.pipe(out);
    this.zip.append(CONTENT_TYPES, { name: '[Content_Types].xml' });
    this.zip.append(ROOT_RELS, { name: '_rels/.rels' });
    this.zip.append(book(sheetName), { name: 'xl/workbook.xml' });
    this.zip.append(BOOK_RELS, { name: 'xl/_rels/workbook.xml.rels' });
    this.zip.append(STYLES, { name: 'xl/styles.xml' });
    this.zip.append(this.sheet, { name: 'xl/worksheets/sheet1.xml' });
    this.sheet.write(sheetStart(rightToLeft));
    this.sheet.write(
      this.rowXml(
        columns.map((c) => harmless(c.header)),
        false,
      ),
    );
  }

  private rowXml(row: readonly Cell[], people = true): string {
    const r = numberText(++this.row);
    let xml = `<row r="${r}">`;
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (value == null) continue;
      const ref = `${this.refs[i]}${r}`;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) xml += `<c r="${ref}"><v>${numberText(value)}</v></c>`;
        continue;
      }
      const text = people && !this.phone[i] ? harmless(value) : value;
      xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
    }
    return `${xml}</row>`;
  }

  rows(batch: readonly Cell[][]): Promise<void> | undefined {
    for (const row of batch) this.bytes.add(this.rowXml(row));
    if (this.sheet.write(this.bytes.take())) return undefined;
    return Promise.race([once(this.sheet, 'drain'), this.done]).then(() => {});
  }

  async finish(): Promise<void> {
    this.sheet.end(SHEET_END);
    await this.zip.finalize();
    await this.done;
  }
}
