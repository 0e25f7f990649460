import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { createPatronApp } from '../../app.js';
import { MAX_CONNECTIONS } from '../../modules/channel-email/smtp-channel.js';
import { DELIVERY_BATCH, PARALLEL_SENDS } from '../../modules/mailings/mailing-delivery.js';
import { benchArgs } from '../args.js';
import { baselinePool, databaseSettingsText, openBenchDatabase } from '../lists/database.js';
import { generateDataset, loadDataset, prepareDatabase } from '../lists/generate.js';
import { machine } from '../lists/report.js';
import { recipientsBaseline, reportBaseline, sendBaseline } from './baselines.js';
import { type MailingResult, writeMailingMarkdown } from './report.js';
import {
  AUDIENCE,
  BENCH_ACTOR,
  prepareChannelAndTemplate,
  prepareConsents,
  removeEarlierRuns,
} from './setup.js';
import { startSmtpSink } from './smtp-sink.js';

/**
 * pnpm bench:mailing — a mailing to 100,000 customers (everyone with EMAIL consent) of a
 * 1,000,000-customer workspace, through the real services: the audience resolved into recipients
 * (`start` + `materialize`), every message rendered and handed to a local SMTP server by the delivery
 * step (`deliverDue`, what the `mailings.deliver` job runs), then the report. Beside each, a
 * hand-written baseline in the same process. Reuses the bench:lists dataset generator in its own
 * database (`patron_bench_mailing`), kept between runs.
 *   --customers N    dataset size (default 1,000,000)
 *   --recipients N   customers with EMAIL consent, the mailing's audience (default 100,000)
 *   --regenerate     make the dataset again
 *   --no-docs        do not rewrite docs/benchmarks.md
 * Exits 1 when a measure misses its bar.
 */
const { values: flags } = parseArgs({
  args: benchArgs(),
  options: {
    customers: { type: 'string', default: '1000000' },
    recipients: { type: 'string', default: '100000' },
    regenerate: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const customers = Number(flags.customers);
const recipients = Number(flags.recipients);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench:mailing ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

const BARS = { audienceSeconds: 10, deliverySeconds: 300, rssMb: 400, reportSeconds: 1 } as const;
/** Signs the unsubscribe links, as PATRON_SECRET_KEY does in production. */
const SECRET_KEY = 'bench-mailing-secret-key-0123456789abcdef';
/** How often the delivery loop reports its progress and memory (BENCH_PROGRESS_MS, default 15 s). */
const PROGRESS_MS = Number(process.env.BENCH_PROGRESS_MS ?? 15_000);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const seconds = (t0: number) => (performance.now() - t0) / 1000;

async function main(): Promise<number> {
  const db = await openBenchDatabase(repoRoot, log, 'patron_bench_mailing');
  const pool = baselinePool(db.url);
  const closers: (() => Promise<void>)[] = [() => db.stop(), () => pool.end()];
  try {
    const state = await prepareDatabase(pool, customers, flags.regenerate, log);
    // `api`: no job runs in the background; the bench calls what the jobs would, one step at a time.
    const app = await createPatronApp({
      databaseUrl: db.url,
      log,
      pollEvents: false,
      role: 'api',
      serverSecrets: { secretKey: SECRET_KEY },
    });
    closers.push(() => app.close());
    if (state === 'generate') {
      await generateDataset(app, pool, customers, log);
      log('dataset generated; measuring in a fresh process');
      for (const close of closers.reverse()) await close();
      closers.length = 0;
      const args = process.argv.slice(2).filter((a) => a !== '--regenerate');
      return (
        spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, ...args], {
          stdio: 'inherit',
        }).status ?? 1
      );
    }
    const data = await loadDataset(pool);
    log(`${data.customers.toLocaleString('en')} customers ready`);
    const sink = await startSmtpSink();
    closers.push(() => sink.close());
    await removeEarlierRuns(pool, data);
    await prepareConsents(pool, data, recipients, log);
    const { templateId } = await prepareChannelAndTemplate(app, data, sink.port);
    const { mailings, mailingDelivery, mailingReports } = app.services;
    const actor = BENCH_ACTOR(data);
    const viewer = { workspaceId: data.workspaceId, staffId: data.staffId, role: 'ADMIN' };
    const draft = await mailings.create(
      viewer,
      actor,
      { staffId: data.staffId, name: 'Bench Admin' },
      { name: 'Spring newsletter', channel: 'EMAIL', templateId, audience: { filter: AUDIENCE } },
    );
    const audience = await mailings.audience(viewer, 'EMAIL', { filter: AUDIENCE });
    log(
      `audience: ${audience.total.toLocaleString('en')}, reachable ${audience.reachable.toLocaleString('en')}`,
    );

    // 1. The audience resolved: started, then every recipient's message written.
    gc();
    let t0 = performance.now();
    await mailings.start(data.workspaceId, actor, draft.id);
    await mailings.materialize(data.workspaceId, draft.id);
    const audienceSeconds = seconds(t0);
    const written = await mailings.get(data.workspaceId, draft.id);
    log(
      `recipients written in ${audienceSeconds.toFixed(2)} s: ${written.counts.recipients.toLocaleString('en')} (${written.counts.queued.toLocaleString('en')} queued)`,
    );
    const recipientsSql = await recipientsBaseline(pool, data, draft.id);
    log(`INSERT … SELECT baseline: ${recipientsSql.seconds.toFixed(2)} s, ${recipientsSql.rows} rows`);

    // 2. Delivery: the delivery step, round after round as its job runs it, until the mailing is SENT.
    gc();
    let peak = process.memoryUsage().rss;
    const startRssMb = peak / 2 ** 20;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    t0 = performance.now();
    let lastLog = t0;
    let rounds = 0;
    let mailing = written;
    while (mailing.state === 'SENDING') {
      const worked = await mailingDelivery.deliverDue();
      rounds++;
      if (!worked || performance.now() - lastLog > PROGRESS_MS) {
        mailing = await mailings.get(data.workspaceId, draft.id);
        lastLog = performance.now();
        const mem = process.memoryUsage();
        const heap = v8.getHeapStatistics();
        const mb = (x: number) => `${Math.round(x / 2 ** 20)}`;
        log(
          `  ${mailing.counts.sent.toLocaleString('en')} sent, ${mailing.counts.failed} failed; RSS ${mb(mem.rss)} MB (heap ${mb(mem.heapUsed)}/${mb(mem.heapTotal)}, external ${mb(mem.external)}, v8 physical ${mb(heap.total_physical_size)}, v8 malloc ${mb(heap.malloced_memory)})`,
        );
        if (!worked && mailing.state === 'SENDING') await new Promise((r) => setTimeout(r, 200));
      }
    }
    const deliverySeconds = seconds(t0);
    clearInterval(sampler);
    const peakRssMb = peak / 2 ** 20;
    const taken = await sink.count();
    log(
      `delivered in ${deliverySeconds.toFixed(1)} s (${rounds} rounds), ${mailing.state}: ${mailing.counts.sent.toLocaleString('en')} sent, the server took ${taken.messages.toLocaleString('en')}; peak RSS ${peakRssMb.toFixed(0)} MB (${startRssMb.toFixed(0)} MB before)`,
    );
    await sink.reset();
    const sendSql = await sendBaseline(pool, data, sink.port, {
      parallel: PARALLEL_SENDS,
      maxConnections: MAX_CONNECTIONS,
    });
    const takenByBaseline = await sink.count();
    log(
      `nodemailer baseline: ${sendSql.seconds.toFixed(1)} s, ${sendSql.messages.toLocaleString('en')} sent (the server took ${takenByBaseline.messages.toLocaleString('en')})`,
    );

    // 3. The report, first call (what the user sees after the mailing) and four more.
    const reportTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      t0 = performance.now();
      await mailingReports.report(data.workspaceId, draft.id);
      reportTimes.push(seconds(t0));
    }
    const reportSql: number[] = [];
    for (let i = 0; i < 5; i++) reportSql.push(await reportBaseline(pool, data, draft.id));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    log(
      `report: ${(reportTimes[0] as number) * 1000} ms first, median ${(median(reportTimes) * 1000).toFixed(1)} ms; SQL ${(median(reportSql) * 1000).toFixed(1)} ms`,
    );

    const sent = mailing.counts.sent;
    const results: MailingResult = {
      recipients: written.counts.recipients,
      audience: {
        seconds: audienceSeconds,
        baselineSeconds: recipientsSql.seconds,
        bar: BARS.audienceSeconds,
      },
      delivery: {
        seconds: deliverySeconds,
        sent,
        taken: taken.messages,
        failed: mailing.counts.failed,
        peakRssMb,
        startRssMb,
        baselineSeconds: sendSql.seconds,
        bar: BARS.deliverySeconds,
        barRssMb: BARS.rssMb,
      },
      report: {
        firstSeconds: reportTimes[0] as number,
        medianSeconds: median(reportTimes),
        baselineSeconds: median(reportSql),
        bar: BARS.reportSeconds,
      },
      settings: { batch: DELIVERY_BATCH, parallel: PARALLEL_SENDS, connections: MAX_CONNECTIONS },
    };
    const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
    const info = {
      machine: machine(rows[0]?.v ?? '?', databaseSettingsText(db)),
      customers: data.customers,
      load: os.loadavg()[0] ?? 0,
    };
    const failures = [
      audienceSeconds > BARS.audienceSeconds && 'audience',
      (deliverySeconds > BARS.deliverySeconds || peakRssMb > BARS.rssMb) && 'delivery',
      (reportTimes[0] as number) > BARS.reportSeconds && 'report',
      (mailing.state !== 'SENT' || taken.messages !== written.counts.queued) && 'not every message was taken',
    ].filter(Boolean);
    if (!flags['no-docs'])
      await writeMailingMarkdown(path.join(repoRoot, 'docs', 'benchmarks.md'), results, info);
    log(failures.length ? `over the bar: ${failures.join(', ')}` : 'every measure within its bar');
    return failures.length ? 1 : 0;
  } finally {
    for (const close of closers.reverse())
      await close().catch((e: Error) => log(`while closing: ${e.message}`));
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[bench:mailing] failed:', error);
    process.exit(1);
  },
);
