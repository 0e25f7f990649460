import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from '@patron/testkit';
import type { Baseline } from './baseline.ts';
import type { WeightResult } from './browser.ts';

export interface SpaResult {
  customers: number;
  runs: number;
  weight: WeightResult;
  signIn: { median: number; slowest: number };
  reload: { median: number; slowest: number };
  baseline: Baseline;
  load: number;
  postgres: string;
  bars: { gzipKb: number; signInMs: number };
}

const SECTION = '## Admin SPA (bench:spa)';
const ROW = '| bench:spa |';

function cpu(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown CPU';
}

const kb = (n: number) => `${n.toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? '**pass**' : '**miss**');

function summaryRows(r: SpaResult, date: string): string[] {
  const machine = `${cpu().split(' ').slice(0, 2).join(' ')}, ${os.cpus().length} cores`;
  const base = `${r.baseline.medianMs.toFixed(2)} ms`;
  return [
    `${ROW} JS to the sign-in page, first visit, gzip | ${kb(r.weight.login.gzipKb)} | — | — | ≤ ${r.bars.gzipKb} KB | ${machine} | ${date} |`,
    `${ROW} JS to the customer list, first visit, gzip | ${kb(r.weight.list.gzipKb)} | — | — | ≤ ${r.bars.gzipKb} KB | ${machine} | ${date} |`,
    `${ROW} sign-in submitted → first customer rows, ${r.customers.toLocaleString('en')} customers, median of ${r.runs} cold | ${ms(r.signIn.median)} (slowest ${ms(r.signIn.slowest)}) | ${base} | ${(r.baseline.medianMs / r.signIn.median).toFixed(3)}× | ≤ ${r.bars.signInMs} ms | ${machine} | ${date} |`,
  ];
}

function markdown(r: SpaResult, date: string): string {
  const w = r.weight;
  return [
    SECTION,
    '',
    `The built SPA (\`apps/admin/dist\`) served by a real Patron (production password hashing) over a`,
    `workspace of ${r.customers.toLocaleString('en')} customers made through the customers service, in headless Chromium`,
    `(\`${chromiumPath()}\`). Weight: every JS response of a first visit (empty cache), each gzipped at`,
    'level 9 and summed, up to the sign-in page (form shown, network idle) and on to the customer list',
    '(signed in, rows shown, network idle). Time: from the sign-in form’s submit event to the first row',
    `of the customer table in the DOM, ${r.runs} runs each in a new browser context (cold cache, no session), and`,
    'a reload of the list in each (navigation start to rows). Baseline: the hand-written SQL of the',
    'list’s first page (26 rows, newest first) on a node-postgres pool, median of the same number of runs.',
    'The browser signs in as an operator, whose home page is the customer list (since 2026-12-07 an',
    'admin’s, a manager’s and an analyst’s is the reports dashboard).',
    '',
    '| measure | Patron | bar | baseline | result |',
    '| --- | --- | --- | --- | --- |',
    `| JS to the sign-in page (gzip) | ${kb(w.login.gzipKb)} (${w.login.files} files, ${kb(w.login.kb)} raw) | ≤ ${r.bars.gzipKb} KB | — | ${verdict(w.login.gzipKb <= r.bars.gzipKb)} |`,
    `| JS to the customer list (gzip) | ${kb(w.list.gzipKb)} (${w.list.files} files, ${kb(w.list.kb)} raw) | ≤ ${r.bars.gzipKb} KB | — | ${verdict(w.list.gzipKb <= r.bars.gzipKb)} |`,
    `| sign-in → first rows, median of ${r.runs} | ${ms(r.signIn.median)} (slowest ${ms(r.signIn.slowest)}) | ≤ ${r.bars.signInMs} ms | ${r.baseline.medianMs.toFixed(2)} ms (slowest ${r.baseline.slowestMs.toFixed(2)}) | ${verdict(r.signIn.median <= r.bars.signInMs)} |`,
    `| reload of the list → rows, median of ${r.runs} | ${ms(r.reload.median)} (slowest ${ms(r.reload.slowest)}) | — | — | info |`,
    '',
    `Machine: ${cpu()}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; Node ${process.version}; PostgreSQL ${r.postgres} (embedded, durable commits);`,
    `${date}. Load average at the end of the run: ${r.load.toFixed(1)}${r.load > os.cpus().length ? ` (above ${os.cpus().length}: something else was running)` : ''}.`,
    '',
  ].join('\n');
}

/** Replaces this benchmark's summary rows and its section in docs/benchmarks.md, keeping the rest. */
export async function writeSpaMarkdown(file: string, result: SpaResult): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  // Earlier rows, however a formatter padded their first cell.
  const lines = text.split('\n').filter((l) => !/^\|\s*bench:spa\s*\|/.test(l));
  const firstSection = lines.findIndex((l) => l.startsWith('## '));
  const end = firstSection < 0 ? lines.length : firstSection;
  const lastRow = lines.reduce((at, l, i) => (l.startsWith('| ') && i < end ? i : at), -1);
  if (lastRow >= 0) lines.splice(lastRow + 1, 0, ...summaryRows(result, date));
  text = lines.join('\n');
  const start = text.indexOf(SECTION);
  const section = markdown(result, date);
  if (start < 0) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + SECTION.length);
    text = `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`;
  }
  await writeFile(file, text);
  // Formatted as the repository's lint does (the server's benches: bench/benchmarks-doc.ts).
  const root = path.dirname(path.dirname(file));
  const formatted = spawnSync(path.join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', file], {
    cwd: root,
    encoding: 'utf8',
  });
  if (formatted.status !== 0) throw new Error(`biome could not format ${file}: ${formatted.stderr}`);
}
