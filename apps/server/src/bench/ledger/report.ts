import { readFile } from 'node:fs/promises';
import { writeBenchmarksDoc } from '../benchmarks-doc.js';
import type { Machine } from '../lists/report.js';
import {
  n,
  passed,
  printThroughputTable,
  replaceSection,
  replaceSummaryRows,
  shortMachine,
  summaryRow,
  type ThroughputResult,
  throughputMarkdown,
} from '../throughput-report.js';
import type { BulkFigures } from './bulk.js';
import type { RfmFigures } from './rfm.js';

export type LedgerResult = ThroughputResult;
export { passed };

const BASELINE = 'SQL transfer';

export function printLedgerTable(results: LedgerResult[]): void {
  printThroughputTable(results, BASELINE);
}

const SECTION = '## Ledger (bench:ledger)';

export interface LedgerRunInfo {
  machine: Machine;
  workers: number;
  accounts: number;
  /** False when DATABASE_URL named the database: it is used as it is. */
  freshDatabase: boolean;
  bulk: BulkFigures;
  notes: string[];
}

function markdown(results: LedgerResult[], info: LedgerRunInfo): string {
  const m = info.machine;
  return [
    SECTION,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database}); ${m.date}.`,
    '',
    info.freshDatabase
      ? `A fresh workspace of ${info.accounts.toLocaleString('en')} customers in its own database (\`patron_bench_ledger\`, created afresh for each run).`
      : `A fresh workspace of ${info.accounts.toLocaleString('en')} customers in the database named by \`DATABASE_URL\`, used as it is.`,
    `${info.workers} concurrent workers; every fifth operation on an account subtracts 1 Coin, the others add 3`,
    '(a refusal for a balance too low is counted, not an error). Patron is',
    '`LedgerService.apply` (validation, then one call of `ledger_apply`: lock the balance, immutable',
    'operation whose trigger moves the balance, grants taken earliest expiry first, history and outbox',
    'rows) or the `adjustBalance` mutation over HTTP with a session cookie, sent by clients on a worker',
    'thread; the SQL transfer is one checked UPDATE plus one INSERT in a transaction on a `pg` pool of',
    'the same size, run just before it. Latencies are per operation. Both sides run with durable commits',
    '(`synchronous_commit` on, as `pnpm start` runs PostgreSQL: a commit waits for its WAL flush).',
    '',
    ...throughputMarkdown(results, BASELINE),
    '',
    bulkSentence(info.bulk),
    '',
    ...info.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}

const bulkPassed = (b: BulkFigures) => b.totalSeconds <= 10 && b.peakRssMb <= 400 && b.applied === b.lines;

function bulkSentence(b: BulkFigures): string {
  return [
    `Bulk adjustment from CSV: ${n(b.lines)} lines (IR mobiles, +5 Coins each) parsed, matched and previewed in`,
    `${b.previewSeconds.toFixed(1)} s, applied in ${b.applySeconds.toFixed(1)} s — ${b.totalSeconds.toFixed(1)} s end to end`,
    `(bar ≤ 10 s), peak RSS ${Math.round(b.peakRssMb)} MB (bar ≤ 400 MB; ${Math.round(b.startRssMb)} MB just before the batch), ${n(b.applied)} lines applied:`,
    `**${bulkPassed(b) ? 'pass' : 'FAIL'}**. The SQL baseline (one UPDATE of ${n(b.lines)} balances and one INSERT of as`,
    `many operations) takes ${b.baselineSeconds.toFixed(1)} s.`,
  ].join(' ');
}

function summaryRows(results: LedgerResult[], m: Machine, bulk: BulkFigures): string[] {
  const bulkRow = `| bench:ledger | bulk adjustment of ${n(bulk.lines)} customers from CSV, end to end | ${bulk.totalSeconds.toFixed(1)} s, peak RSS ${Math.round(bulk.peakRssMb)} MB | ${bulk.baselineSeconds.toFixed(1)} s | ${(bulk.baselineSeconds / bulk.totalSeconds).toFixed(2)}× | ≤ 10 s, ≤ 400 MB | ${shortMachine(m)} | ${m.date} |`;
  return [...results.map((r) => summaryRow('bench:ledger', r, m)), bulkRow];
}

/** Replaces this benchmark's summary rows and its section in docs/benchmarks.md, keeping the rest. */
export async function writeLedgerMarkdown(file: string, results: LedgerResult[], info: LedgerRunInfo) {
  const text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  // The RFM row is written by writeRfmMarkdown (the scenario can run alone).
  const rows = summaryRows(results, info.machine, info.bulk);
  const withRows = replaceSummaryRows(text, 'bench:ledger', rows, isRfmRow);
  await writeBenchmarksDoc(file, replaceSection(withRows, SECTION, markdown(results, info)));
}

/** The loyalty issue's bar: an RFM recomputation over 1,000,000 customers and 5,000,000 purchases. */
export const RFM_BAR_SECONDS = 60;
const RFM_SECTION = '## RFM recomputation (bench:ledger)';
const RFM_ROW = '| bench:ledger | RFM recomputation';
/** The RFM row, also once the formatter has padded its cells. */
const isRfmRow = (l: string) => /^\|\s*bench:ledger\s*\|\s*RFM recomputation/.test(l);

export const rfmPassed = (f: RfmFigures) =>
  f.first.seconds <= RFM_BAR_SECONDS && f.second.seconds <= RFM_BAR_SECONDS;

function rfmSection(f: RfmFigures, m: Machine): string {
  const s = (x: number) => `${x.toFixed(1)} s`;
  return [
    RFM_SECTION,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database}); ${m.date}.`,
    '',
    `${n(f.customers)} customers and ${n(f.purchases)} purchases in one workspace of its own database`,
    '(`patron_bench_rfm`), generated set-based with `generate_series` and kept between runs',
    `(generation ${f.generationSeconds === null ? 'time not recorded' : s(f.generationSeconds)}${f.generatedNow ? ', this run' : ', reused this run'}): one purchase per customer, the rest`,
    'skewed towards some customers, amounts 5–500, dated over two years, 3% half and 1% fully returned.',
    '`BENCH_ONLY=rfm pnpm bench:ledger` runs only this scenario. Patron is `RfmService.recompute` (the',
    '`recomputeRfm` mutation and the daily job), one transaction of two statements: score every buyer',
    '(aggregate over the covering index `purchase_rfm`, three ranks, segment) into a temporary table,',
    'then insert new rows, update changed ones, delete rows of customers left without purchases and',
    'write an `RFM_CHANGED` history row per segment change. The first run starts with no scores, so',
    'every customer is written with a history row; the second follows a day of changes. The baseline',
    'is the bare aggregate + three `ntile(5)` + segment CASE into a temporary table, on the same data in',
    `the same process, just before. 1-minute load average as the timed part started: ${f.load.toFixed(1)}${f.load > m.cores ? ` (above ${m.cores} cores: something else was running)` : ''}.`,
    '',
    '| run | customers scored | segment changes | time | bar | result |',
    '| --- | --- | --- | --- | --- | --- |',
    `| first (everyone new) | ${n(f.first.scored)} | ${n(f.first.changed)} | ${s(f.first.seconds)} | ≤ ${RFM_BAR_SECONDS} s | ${f.first.seconds <= RFM_BAR_SECONDS ? 'pass' : 'FAIL'} |`,
    `| second (${n(f.second.touched)} customers bought today, ${n(f.second.returned)} purchases returned) | ${n(f.second.scored)} | ${n(f.second.changed)} | ${s(f.second.seconds)} | ≤ ${RFM_BAR_SECONDS} s | ${f.second.seconds <= RFM_BAR_SECONDS ? 'pass' : 'FAIL'} |`,
    `| SQL baseline | ${n(f.baseline.rows)} | — | ${s(f.baseline.seconds)} | — | ${f.sameCount ? 'same customers' : 'DIFFERENT COUNT'} |`,
    '',
  ].join('\n');
}

/** Replaces the RFM summary row and section in docs/benchmarks.md, keeping the rest. */
export async function writeRfmMarkdown(file: string, f: RfmFigures, m: Machine): Promise<void> {
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  // The ledger section's old "not measured yet" note about RFM is answered by this section.
  const lines = text
    .split('\n')
    .filter((l) => !isRfmRow(l) && !l.startsWith('- Not measured yet: the RFM recomputation'));
  const firstSection = lines.findIndex((l) => l.startsWith('## '));
  const end = firstSection < 0 ? lines.length : firstSection;
  const lastLedger = lines.reduce((at, l, i) => (/^\|\s*bench:ledger\s*\|/.test(l) && i < end ? i : at), -1);
  const lastRow =
    lastLedger >= 0 ? lastLedger : lines.reduce((at, l, i) => (l.startsWith('| ') && i < end ? i : at), -1);
  const short = shortMachine(m);
  const row = `${RFM_ROW} over ${n(f.customers)} customers / ${n(f.purchases)} purchases (first run; second ${f.second.seconds.toFixed(1)} s) | ${f.first.seconds.toFixed(1)} s | ${f.baseline.seconds.toFixed(1)} s | ${(f.baseline.seconds / f.first.seconds).toFixed(2)}× | ≤ ${RFM_BAR_SECONDS} s | ${short} | ${m.date} |`;
  if (lastRow >= 0) lines.splice(lastRow + 1, 0, row);
  text = lines.join('\n');
  await writeBenchmarksDoc(file, replaceSection(text, RFM_SECTION, rfmSection(f, m)));
}
