import type { Machine } from './lists/report.js';
import type { Throughput } from './load.js';

/** A scenario of operations per second, Patron beside its hand-written SQL floor. */
export interface ThroughputResult {
  name: string;
  bar: { opsPerSecond: number; p95?: number };
  ops: number;
  patron: Throughput;
  baseline: Throughput;
}

export const passed = (r: ThroughputResult) =>
  r.patron.opsPerSecond >= r.bar.opsPerSecond && (r.bar.p95 === undefined || r.patron.p95 <= r.bar.p95);
export const n = (x: number) => Math.round(x).toLocaleString('en');
export const barText = (r: ThroughputResult) =>
  `≥ ${n(r.bar.opsPerSecond)} ops/s${r.bar.p95 === undefined ? '' : `, p95 ≤ ${r.bar.p95} ms`}`;
export const ratio = (r: ThroughputResult) => r.patron.opsPerSecond / r.baseline.opsPerSecond;

/** The table's head; `baseline` names the hand-written SQL (`SQL transfer`, `SQL purchase`). */
export const throughputHead = (baseline: string) => [
  'scenario',
  'ops',
  'Patron',
  'Patron p50 / p95',
  baseline,
  'SQL p50 / p95',
  'refused (Patron / SQL)',
  'ratio',
  'bar',
  'result',
];

export function throughputCells(r: ThroughputResult): string[] {
  return [
    r.name,
    n(r.ops),
    `${n(r.patron.opsPerSecond)} ops/s`,
    `${r.patron.p50.toFixed(1)} / ${r.patron.p95.toFixed(1)} ms`,
    `${n(r.baseline.opsPerSecond)} ops/s`,
    `${r.baseline.p50.toFixed(1)} / ${r.baseline.p95.toFixed(1)} ms`,
    `${n(r.patron.refused)} / ${n(r.baseline.refused)}`,
    `${ratio(r).toFixed(2)}×`,
    barText(r),
    passed(r) ? 'pass' : 'FAIL',
  ];
}

export function printThroughputTable(results: ThroughputResult[], baseline: string): void {
  const head = throughputHead(baseline);
  const rows = [head, ...results.map(throughputCells)];
  const widths = head.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c] as number)).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
}

/** The scenarios as a markdown table (the formatter aligns it when the file is written). */
export function throughputMarkdown(results: ThroughputResult[], baseline: string): string[] {
  const row = (c: string[]) => `| ${c.join(' | ')} |`;
  const head = throughputHead(baseline);
  return [row(head), row(head.map(() => '---')), ...results.map((r) => row(throughputCells(r)))];
}

/** "AMD EPYC, 2 cores": the machine as the summary table names it. */
export const shortMachine = (m: Machine) => `${m.cpu.replace(/\s+/g, ' ')}, ${m.cores} cores`;

/** A scenario's row of the summary table at the top of docs/benchmarks.md. */
export const summaryRow = (bench: string, r: ThroughputResult, m: Machine) =>
  `| ${bench} | ${r.name} | ${n(r.patron.opsPerSecond)} ops/s (p95 ${r.patron.p95.toFixed(1)} ms) | ${n(r.baseline.opsPerSecond)} ops/s | ${ratio(r).toFixed(2)}× | ${barText(r)} | ${shortMachine(m)} | ${m.date} |`;

/**
 * The summary table with `bench`'s rows replaced by `rows` (after the table's last row; `keep` spares
 * rows of the benchmark that another writer owns).
 */
export function replaceSummaryRows(
  text: string,
  bench: string,
  rows: string[],
  keep: (line: string) => boolean = () => false,
): string {
  const own = new RegExp(`^\\|\\s*${bench.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\|`);
  const lines = text.split('\n').filter((l) => !own.test(l) || keep(l));
  const firstSection = lines.findIndex((l) => l.startsWith('## '));
  const end = firstSection < 0 ? lines.length : firstSection;
  const lastRow = lines.reduce((at, l, i) => (l.startsWith('| ') && i < end ? i : at), -1);
  if (lastRow >= 0) lines.splice(lastRow + 1, 0, ...rows);
  return lines.join('\n');
}

/** `text` with the section under `heading` (up to the next `## `) replaced, or appended. */
export function replaceSection(text: string, heading: string, section: string): string {
  const start = text.indexOf(heading);
  if (start < 0) return `${text.trimEnd()}\n\n${section}`;
  const next = text.indexOf('\n## ', start + heading.length);
  return `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`;
}
