import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';

/** The 20 columns of the benchmark file, headers as a Russian or Persian club might write them. */
export const HEADERS = [
  'External ID',
  'Имя',
  'Фамилия',
  'Отчество',
  'Mobile',
  'E-mail',
  'Дата рождения',
  'Gender',
  'City',
  'Country',
  'Region',
  'Province',
  'National ID',
  'Card number',
  'VIP',
  'Tags',
  'Source',
  'Sub-source',
  'Opening purchase total',
  'Address',
];

const FIRST = ['Arash', 'Sara', 'Ольга', 'Сергей', 'سارا', 'علی', 'Maryam', 'Дмитрий', 'رضا', 'Anna'];
const LAST = ['Petrova', 'Иванов', 'محمدی', 'Smith', 'Кузнецова', 'رضایی', 'Karimi', 'Соколов'];
const CITIES = ['Tehran', 'Москва', 'شیراز', 'Kazan', 'Isfahan', 'Санкт-Петербург'];
const TAGS = ['gold', 'silver', 'vip', 'new', 'online', 'store'];

/** A mobile in one of several writings: Iranian and Russian, national and international. */
function mobile(i: number): string {
  const n = String(i).padStart(7, '0');
  switch (i % 5) {
    case 0:
      return `+98 912 ${n.slice(0, 3)} ${n.slice(3)}`;
    case 1:
      return `0935${n}`;
    case 2:
      return `+7 (916) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`;
    case 3:
      return `8 903 ${n}`;
    default:
      return `00989${String(10 + (i % 3))}${n}`;
  }
}

export function row(i: number): string[] {
  const day = new Date(Date.UTC(1950 + (i % 55), i % 12, 1 + (i % 28))).toISOString().slice(0, 10);
  return [
    `EXT-${i}`,
    FIRST[i % FIRST.length] as string,
    LAST[i % LAST.length] as string,
    i % 3 === 0 ? 'Петрович' : '',
    mobile(i),
    `user${i}@example.com`,
    day,
    i % 2 ? 'male' : 'female',
    CITIES[i % CITIES.length] as string,
    i % 2 ? 'Iran' : 'Russia',
    'North',
    'Province',
    String(1_000_000_000 + i),
    `C${i}`,
    i % 10 === 0 ? 'yes' : 'no',
    `${TAGS[i % TAGS.length]}, ${TAGS[(i + 1) % TAGS.length]}`,
    'import',
    `batch-${i % 100}`,
    String((i % 1000) * 10),
    `Street ${i % 500}, ${CITIES[i % CITIES.length]}`,
  ];
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes `rows` rows as CSV (UTF-8), streaming. */
export async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${HEADERS.join(',')}\r\n`);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    buffer += `${row(i).map(csvCell).join(',')}\r\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** Writes `rows` rows as XLSX with exceljs' streaming writer; birth dates as real date cells. */
export async function writeXlsx(file: string, rows: number, offset: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = book.addWorksheet('Customers');
  sheet.addRow(HEADERS).commit();
  for (let i = offset; i < offset + rows; i++) {
    const cells: (string | Date)[] = row(i);
    cells[6] = new Date(`${cells[6]}T00:00:00Z`);
    const r = sheet.addRow(cells);
    r.getCell(7).numFmt = 'yyyy-mm-dd';
    r.commit();
  }
  sheet.commit();
  await book.commit();
}
