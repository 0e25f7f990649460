import { readFile } from 'node:fs/promises';
import { writeBenchmarksDoc } from '../benchmarks-doc.js';
import type { Machine } from '../lists/report.js';
import {
  n,
  printThroughputTable,
  replaceSection,
  replaceSummaryRows,
  summaryRow,
  type ThroughputResult,
  throughputMarkdown,
} from '../throughput-report.js';

/** Counts of what must never happen, by what it is: each must be 0. */
export type PurchaseChecks = Record<string, number>;

const BASELINE = 'SQL purchase';
const SECTION = '## Purchases (bench:purchases)';

export function printPurchasesTable(results: ThroughputResult[]): void {
  printThroughputTable(results, BASELINE);
}

export interface PurchasesRunInfo {
  machine: Machine;
  workers: number;
  customers: number;
  /** The active customers, who buy. */
  buyers: number;
  products: number;
  /** False when DATABASE_URL named the database: it is used as it is. */
  freshDatabase: boolean;
  checks: PurchaseChecks;
  notes: string[];
}

/** The findings and the bars' reasons: written by hand, kept when the benchmark rewrites its section. */
const FINDINGS = '### Findings (bench:purchases)';

function markdown(results: ThroughputResult[], info: PurchasesRunInfo): string {
  const m = info.machine;
  return [
    SECTION,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database}); ${m.date}.`,
    '',
    `${info.freshDatabase ? 'A fresh workspace in its own database (`patron_bench_purchases`, created afresh for each run)' : 'A fresh workspace in the database named by `DATABASE_URL`, used as it is'}:`,
    `${n(info.customers)} demo customers (the ${n(info.buyers)} active ones buy), 3 branches, a catalogue of`,
    `${n(info.products)} products of which every second is stock-tracked (1,000,000 on hand each), and the`,
    'programme earning 2% cashback in credit and 1 coin per 10 of money, so every purchase makes two',
    `ledger operations. ${info.workers} concurrent workers, each serving its own customers; a purchase is paid and`,
    'has 3 items: one tracked product (in the hot scenario always the same one), two of another',
    'catalogue product (tracked or not) and a free-text item, at one of the 3 branches. Patron is',
    '`PurchaseService.record` with a staff actor (idempotency look-up, customer check, the staff',
    "member's branch, then one transaction: customer lock, branch lock, the catalogue products locked by",
    'SKU, purchase row, a SOLD movement per tracked product, the earnings through `ledger_apply`,',
    'running totals, history and outbox rows), the `recordPurchase` mutation over HTTP with a session',
    'cookie (clients on a worker thread), or `PurchaseReturnService.return` of a whole purchase of the',
    'first scenario. The SQL purchase is the floor, on a `pg` pool of the same size, run just before:',
    'in a transaction the purchase row, its 3 items in one INSERT, one checked UPDATE of the tracked',
    "item's stock, one balance UPDATE plus one operation INSERT; the SQL return marks the purchase,",
    'writes a return row, puts the stock back and takes the earning back the same way. Latencies are',
    'per purchase. Both sides run with durable commits (`synchronous_commit` on, as `pnpm start` runs',
    'PostgreSQL: a commit waits for its WAL flush).',
    '',
    ...throughputMarkdown(results, BASELINE),
    '',
    'Checks after the run, over the whole workspace (each must be 0):',
    '',
    '| check | count |',
    '| --- | --- |',
    ...Object.entries(info.checks).map(([name, count]) => `| ${name} | ${count} |`),
    '',
    ...info.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}

/** Replaces this benchmark's summary rows and its section in docs/benchmarks.md, keeping the rest. */
export async function writePurchasesMarkdown(
  file: string,
  results: ThroughputResult[],
  info: PurchasesRunInfo,
): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const rows = results.map((r) => summaryRow('bench:purchases', r, info.machine));
  const withRows = replaceSummaryRows(text, 'bench:purchases', rows);
  // The findings below the generated part stay as written.
  const start = withRows.indexOf(SECTION);
  const findingsAt = start < 0 ? -1 : withRows.indexOf(FINDINGS, start);
  const nextSection = start < 0 ? -1 : withRows.indexOf('\n## ', start + SECTION.length);
  const findings =
    findingsAt >= 0 && (nextSection < 0 || findingsAt < nextSection)
      ? withRows.slice(findingsAt, nextSection < 0 ? undefined : nextSection + 1)
      : '';
  const section = `${markdown(results, info)}${findings ? `\n${findings.trimEnd()}\n` : ''}`;
  await writeBenchmarksDoc(file, replaceSection(withRows, SECTION, section));
}
