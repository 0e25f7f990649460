import { readFile } from 'node:fs/promises';
import { writeBenchmarksDoc } from '../benchmarks-doc.js';
import type { Machine } from '../lists/report.js';

export interface MailingResult {
  recipients: number;
  /** start → every recipient's message written; the baseline an INSERT … SELECT of the same rows. */
  audience: { seconds: number; baselineSeconds: number; bar: number };
  /** Until the mailing is SENT; the baseline one query and nodemailer straight to the same server. */
  delivery: {
    seconds: number;
    sent: number;
    /** Messages the SMTP server read to the end. */
    taken: number;
    failed: number;
    peakRssMb: number;
    startRssMb: number;
    baselineSeconds: number;
    bar: number;
    barRssMb: number;
  };
  report: { firstSeconds: number; medianSeconds: number; baselineSeconds: number; bar: number };
  settings: { batch: number; parallel: number; connections: number };
}

export interface MailingRunInfo {
  machine: Machine;
  customers: number;
  /** One-minute load average at the end: other work on a shared machine shows here. */
  load: number;
}

const SECTION = '## Mailing (bench:mailing)';
const ROW = '| bench:mailing |';
const n = (x: number) => Math.round(x).toLocaleString('en');
const s = (x: number, digits = 1) => `${x.toFixed(digits)} s`;
const ms = (x: number) => `${(x * 1000).toFixed(1)} ms`;
const verdict = (ok: boolean) => `**${ok ? 'pass' : 'FAIL'}**`;

function outcomes(r: MailingResult) {
  const d = r.delivery;
  return {
    audience: r.audience.seconds <= r.audience.bar,
    delivery: d.seconds <= d.bar && d.peakRssMb <= d.barRssMb && d.taken === d.sent && d.failed === 0,
    report: r.report.firstSeconds <= r.report.bar,
  };
}

function summaryRows(r: MailingResult, m: Machine, customers: number): string[] {
  const short = `${m.cpu.replace(/\s+/g, ' ')}, ${m.cores} cores`;
  const d = r.delivery;
  const rate = (secs: number) => `${n(d.sent / secs)} msg/s`;
  return [
    `${ROW} mailing to ${n(r.recipients)} of ${n(customers)} customers: audience resolved (recipients written) | ${s(r.audience.seconds, 2)} | ${s(r.audience.baselineSeconds, 2)} | ${(r.audience.baselineSeconds / r.audience.seconds).toFixed(2)}× | ≤ ${r.audience.bar} s | ${short} | ${m.date} |`,
    `${ROW} every message rendered and handed to the local SMTP server | ${s(d.seconds)} (${rate(d.seconds)}), peak RSS ${n(d.peakRssMb)} MB | ${s(d.baselineSeconds)} (${rate(d.baselineSeconds)}) | ${(d.baselineSeconds / d.seconds).toFixed(2)}× | ≤ ${d.bar / 60} min, ≤ ${d.barRssMb} MB | ${short} | ${m.date} |`,
    `${ROW} the mailing's report, first call | ${ms(r.report.firstSeconds)} | ${ms(r.report.baselineSeconds)} | ${(r.report.baselineSeconds / r.report.firstSeconds).toFixed(2)}× | ≤ ${r.report.bar} s | ${short} | ${m.date} |`,
  ];
}

function markdown(r: MailingResult, info: MailingRunInfo): string {
  const m = info.machine;
  const d = r.delivery;
  const ok = outcomes(r);
  return [
    SECTION,
    '',
    `${n(info.customers)} customers of the bench:lists generator (own database \`patron_bench_mailing\`), ${n(r.recipients)}`,
    'of them with EMAIL consent (set-based insert of consent records, kept between runs). The mailing is',
    'what a user makes for a newsletter: the EMAIL template in en/ru/fa with the first name and the signed',
    'unsubscribe link, audience the filter "Email consent is Granted", sent now through the workspace\'s',
    'SMTP account. The SMTP server is a real one (`smtp-server`) in a child process that reads each',
    'message to its end and discards it. The app runs with role `api` (no background jobs); the bench',
    "calls what the jobs would. Earlier runs' mailings, messages and history rows are removed first.",
    '',
    '- **Audience resolved**: `startMailing` → `materialize` (one `INSERT … SELECT` of every recipient',
    '  with the exclusion reasons, the counters) returns. Baseline: a hand-written `INSERT … SELECT` of',
    '  the same recipients (consent join) into a copy of `mailing_message` with its indexes.',
    '- **Delivery**: `mailingDelivery.deliverDue()` round after round (what the `mailings.deliver` job',
    `  runs) until the mailing is SENT: claim ${r.settings.batch} due messages, check consent now, render, send ${r.settings.parallel} at a`,
    `  time through a pooled SMTP transport (${r.settings.connections} connections), record states, counters and one history row`,
    '  per message in one transaction per batch. Peak RSS of the Patron process sampled every 50 ms.',
    '  Baseline: one SQL query for the recipients, each message rendered by string concatenation and',
    `  sent with nodemailer (pooled, ${r.settings.connections} connections, ${r.settings.parallel} in flight) to the same server; nothing recorded.`,
    '- **Report**: `mailingReports.report` (counts by state and reason, attributed purchases), first call',
    '  and median of 5. Baseline: the same two SQL statements by hand, median of 5.',
    '',
    'Two findings shaped the code: `mailing_message` keeps its customer reference without a foreign key',
    "(its check locked every recipient's customer row and was ~7 s of ~12 s writing the recipients), and",
    'the SMTP channel pools its connections (10 per server; before, every message opened its own).',
    "Peak RSS is garbage between V8's collections: after a full collection the heap is ~60 MB at any",
    'point of the delivery; the old space grows to ~250 MB before the next one.',
    '',
    '| measure | Patron | bar | baseline | ratio | result |',
    '| ------- | ------ | --- | -------- | ----- | ------ |',
    `| audience resolved: ${n(r.recipients)} recipients written | ${s(r.audience.seconds, 2)} | ≤ ${r.audience.bar} s | ${s(r.audience.baselineSeconds, 2)} | ${(r.audience.baselineSeconds / r.audience.seconds).toFixed(2)}× | ${verdict(ok.audience)} |`,
    `| delivery: ${n(d.sent)} sent, ${n(d.taken)} taken by the server, ${n(d.failed)} failed | ${s(d.seconds)} (${n(d.sent / d.seconds)} msg/s) | ≤ ${d.bar} s | ${s(d.baselineSeconds)} (${n(d.sent / d.baselineSeconds)} msg/s) | ${(d.baselineSeconds / d.seconds).toFixed(2)}× | ${verdict(ok.delivery)} |`,
    `| delivery: peak RSS | ${n(d.peakRssMb)} MB (${n(d.startRssMb)} MB at start) | ≤ ${d.barRssMb} MB | — | — | ${verdict(d.peakRssMb <= d.barRssMb)} |`,
    `| report, first call (median of 5) | ${ms(r.report.firstSeconds)} (${ms(r.report.medianSeconds)}) | ≤ ${r.report.bar} s | ${ms(r.report.baselineSeconds)} | ${(r.report.baselineSeconds / r.report.firstSeconds).toFixed(2)}× | ${verdict(ok.report)} |`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database});`,
    `${m.date}. Load average at the end of the run: ${info.load.toFixed(1)} (above ${m.cores}: something else was running).`,
    '',
  ].join('\n');
}

/** Replaces this benchmark's summary rows and its section in docs/benchmarks.md, keeping the rest. */
export async function writeMailingMarkdown(file: string, result: MailingResult, info: MailingRunInfo) {
  let text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  const lines = text.split('\n').filter((l) => !l.startsWith(ROW));
  const firstSection = lines.findIndex((l) => l.startsWith('## '));
  const end = firstSection < 0 ? lines.length : firstSection;
  const lastRow = lines.reduce((at, l, i) => (l.startsWith('| ') && i < end ? i : at), -1);
  if (lastRow >= 0) lines.splice(lastRow + 1, 0, ...summaryRows(result, info.machine, info.customers));
  text = lines.join('\n');
  const start = text.indexOf(SECTION);
  const section = markdown(result, info);
  if (start < 0) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + SECTION.length);
    text = `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`;
  }
  await writeBenchmarksDoc(file, text);
}
