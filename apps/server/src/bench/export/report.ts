import { readFile } from 'node:fs/promises';
import { writeBenchmarksDoc } from '../benchmarks-doc.js';
import type { Machine } from '../lists/report.js';

export interface ExportResult {
  format: 'CSV' | 'XLSX';
  seconds: number;
  peakRssMb: number;
  /** The process before the export started: the app, its pools and the bench's own state. */
  startRssMb: number;
  bytes: number;
  rows: number;
  barSeconds: number;
  barRssMb: number;
  /** COPY (the same columns) TO STDOUT into a file, in the same process. */
  baselineSeconds: number;
}

export interface ExportRunInfo {
  machine: Machine;
  customers: number;
  columns: string[];
  /** One-minute load average at the end: other work on a shared machine shows here. */
  load: number;
}

const SECTION = '## Export (bench:export)';
const n = (x: number) => Math.round(x).toLocaleString('en');
const passed = (r: ExportResult) => r.seconds <= r.barSeconds && r.peakRssMb <= r.barRssMb;

function summaryRows(results: ExportResult[], m: Machine, customers: number): string[] {
  const short = `${m.cpu.replace(/\s+/g, ' ')}, ${m.cores} cores`;
  return results.map(
    (r) =>
      `| bench:export | ${r.format} export of ${n(customers)} customers × 20 columns, end to end | ${r.seconds.toFixed(1)} s, peak RSS ${Math.round(r.peakRssMb)} MB | ${r.baselineSeconds.toFixed(1)} s | ${(r.baselineSeconds / r.seconds).toFixed(2)}× | ≤ ${r.barSeconds} s, ≤ ${r.barRssMb} MB | ${short} | ${m.date} |`,
  );
}

function markdown(results: ExportResult[], info: ExportRunInfo): string {
  const m = info.machine;
  return [
    SECTION,
    '',
    `${n(info.customers)} customers of the bench:lists generator (own database \`patron_bench_export\`), exported by`,
    'the real job (`exports.run`: one `COPY (select …) TO STDOUT` streamed on its own connection, formatted',
    '1,000 rows at a time with Jalali dates for a Persian requester, labels for choices and tags, formula-safe',
    'text, written straight into the files module while it is made); measured from `startCustomerExport` to',
    'the row in DONE. Each format starts after a full garbage collection (node `--expose-gc`).',
    'The baseline is `COPY (select c.id, <the same 20 SQL expressions> … order by c.id) TO STDOUT (csv)`',
    'streamed to a file in the same process. Ratio = baseline ÷ Patron.',
    '',
    `Columns: ${info.columns.map((c) => `\`${c}\``).join(', ')}.`,
    '',
    '| format | time | bar | peak RSS (process) | bar | file | rows | COPY baseline | ratio | result |',
    '| ------ | ---- | --- | ------------------ | --- | ---- | ---- | ------------- | ----- | ------ |',
    ...results.map(
      (r) =>
        `| ${r.format} | ${r.seconds.toFixed(1)} s | ≤ ${r.barSeconds} s | ${Math.round(r.peakRssMb)} MB (${Math.round(r.startRssMb)} MB at start) | ≤ ${r.barRssMb} MB | ${(r.bytes / 2 ** 20).toFixed(0)} MB | ${n(r.rows)} | ${r.baselineSeconds.toFixed(1)} s | ${(r.baselineSeconds / r.seconds).toFixed(2)}× | **${passed(r) ? 'pass' : 'FAIL'}** |`,
    ),
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database});`,
    `${m.date}. Load average at the end of the run: ${info.load.toFixed(1)} (above ${m.cores}: something else was running).`,
    '',
  ].join('\n');
}

/** Replaces this benchmark's summary rows and its section in docs/benchmarks.md, keeping the rest. */
export async function writeExportMarkdown(file: string, results: ExportResult[], info: ExportRunInfo) {
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const lines = text.split('\n').filter((l) => !/^\|\s*bench:export\s*\|/.test(l));
  const firstSection = lines.findIndex((l) => l.startsWith('## '));
  const end = firstSection < 0 ? lines.length : firstSection;
  const lastRow = lines.reduce((at, l, i) => (l.startsWith('| ') && i < end ? i : at), -1);
  if (lastRow >= 0) lines.splice(lastRow + 1, 0, ...summaryRows(results, info.machine, info.customers));
  text = lines.join('\n');
  const start = text.indexOf(SECTION);
  const section = markdown(results, info);
  if (start < 0) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + SECTION.length);
    text = `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`;
  }
  await writeBenchmarksDoc(file, text);
}
