import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { writeBenchmarksDoc } from '../benchmarks-doc.js';
import type { Timing } from './stats.js';

export interface Result {
  name: string;
  /** Null for an informational scenario the issue sets no bar for. */
  bar: number | null;
  service: Timing;
  baseline: Timing;
  /** Whether service and baseline returned the same rows (or count) on a sample run. */
  same: boolean;
  /** 1-minute load average when the scenario started: other work on the machine shows here. */
  load: number;
  /** EXPLAIN ANALYZE of the service's and the baseline's SQL, when the service missed its bar. */
  explain?: { service: string; baseline: string };
  /** The parameters of the explained (p95) run. */
  slowRun?: string;
}

export const passed = (r: Result) => r.bar === null || r.service.p95 <= r.bar;
const barText = (r: Result) => (r.bar === null ? '— (info)' : `≤ ${r.bar} ms`);
const ratio = (r: Result) => r.service.p50 / r.baseline.p50;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  postgres: string;
  database: string;
  date: string;
}

export function machine(postgresVersion: string, database: string): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() is good enough.
  }
  return {
    cpu,
    cores: os.cpus().length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: postgresVersion,
    database,
    date: new Date().toISOString().slice(0, 10),
  };
}

const HEAD = [
  'scenario',
  'service p50',
  'service p95',
  'baseline p50',
  'baseline p95',
  'ratio p50',
  'bar p95',
  'same rows',
  'load',
  'result',
];

function cells(r: Result): string[] {
  return [
    r.name,
    `${ms(r.service.p50)} ms`,
    `${ms(r.service.p95)} ms`,
    `${ms(r.baseline.p50)} ms`,
    `${ms(r.baseline.p95)} ms`,
    `${ratio(r).toFixed(2)}×`,
    barText(r),
    r.same ? 'yes' : 'NO',
    r.load.toFixed(1),
    r.bar === null ? 'info' : passed(r) ? 'pass' : 'FAIL',
  ];
}

export function printTable(results: Result[]): void {
  const rows = [HEAD, ...results.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] as number)).join('  ');
  console.log(`\n${line(HEAD)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
  for (const r of results.filter((x) => x.explain)) {
    console.log(`\nEXPLAIN ANALYZE — ${r.name} — p95 run: ${r.slowRun} — service:\n${r.explain?.service}`);
    console.log(`\nEXPLAIN ANALYZE — ${r.name} — baseline:\n${r.explain?.baseline}`);
  }
}

const SECTION = '## Lists (bench:lists)';

export interface RunInfo {
  machine: Machine;
  customers: number;
  generation: { rowsPerSecond: number; insertSeconds: number; indexSeconds: number; totalSeconds: number };
  warmups: number;
  runs: number;
  notes: string[];
}

function markdown(results: Result[], info: RunInfo): string {
  const m = info.machine;
  const g = info.generation;
  const row = (c: string[]) => `| ${c.join(' | ')} |`;
  const out = [
    SECTION,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database}); ${m.date}.`,
    '',
    `Dataset: ${info.customers.toLocaleString('en')} customers in one workspace — 20 custom attributes of every`,
    'filterable type, the system ones (names, mobile, email, gender, birth date, city…) from the demo',
    'generator (Persian, Russian, English), ~3 of 30 tags each, created over 5 years. Generated once',
    `(insert ${g.rowsPerSecond.toLocaleString('en')} rows/s, ${g.insertSeconds} s; indexes and vacuum ${g.indexSeconds} s;`,
    `${g.totalSeconds} s in all) and kept between runs; \`pnpm bench:lists --regenerate\` makes it again.`,
    '',
    `Each scenario: ${info.warmups} warm-up runs, then ${info.runs} timed runs with varied parameters (search`,
    'words, phones, filter values, sorts), the service call and its hand-written SQL through a plain',
    '`pg` pool alternating, each going first on every other run (the first to meet a parameter set the',
    'warm-ups did not cover reads its pages into the cache for the other). p50/p95 are nearest-rank; the',
    'ratio is service p50 / baseline p50; the bar is',
    'on the service\'s p95. "Same rows" compares the ids (or the count) both return on one run; "load" is',
    'the 1-minute load average as the scenario started (above the core count, something else was running).',
    '',
    row(HEAD),
    row(HEAD.map(() => '---')),
    ...results.map((r) => row(cells(r))),
    '',
    ...info.notes.map((n) => `- ${n}`),
  ];
  const slow = results.filter((r) => r.explain);
  for (const r of slow) {
    out.push(
      '',
      `### Over the bar: ${r.name}`,
      '',
      `The p95 run: ${r.slowRun}.`,
      '',
      'Service:',
      '',
      '```',
      r.explain?.service ?? '',
      '```',
    );
    out.push('', 'Baseline:', '', '```', r.explain?.baseline ?? '', '```');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Summary rows in the table at the top of the file, one per scenario. */
function summaryRows(results: Result[], m: Machine): string[] {
  const short = `${m.cpu.replace(/\s+/g, ' ')}, ${m.cores} cores`;
  return results.map(
    (r) =>
      `| bench:lists | ${r.name}, p95 | ${ms(r.service.p95)} ms | ${ms(r.baseline.p95)} ms | ${ratio(r).toFixed(2)}× | ${barText(r)} | ${short} | ${m.date} |`,
  );
}

/** Replaces this benchmark's summary rows and its section in docs/benchmarks.md, keeping the rest. */
export async function writeMarkdown(file: string, results: Result[], info: RunInfo): Promise<void> {
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const lines = text.split('\n').filter((l) => !/^\|\s*bench:lists\s*\|/.test(l));
  const lastRow = lines.reduce((at, l, i) => (l.startsWith('| ') && i < firstSection(lines) ? i : at), -1);
  if (lastRow >= 0) lines.splice(lastRow + 1, 0, ...summaryRows(results, info.machine));
  text = lines.join('\n');

  const start = text.indexOf(SECTION);
  const section = markdown(results, info);
  if (start < 0) {
    text = `${text.trimEnd()}\n\n${section}`;
  } else {
    const next = text.indexOf('\n## ', start + SECTION.length);
    text = `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`;
  }
  await writeBenchmarksDoc(file, text);
}

function firstSection(lines: string[]): number {
  const i = lines.findIndex((l) => l.startsWith('## '));
  return i < 0 ? lines.length : i;
}
