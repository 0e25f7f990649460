import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import type pg from 'pg';
import type { Dataset } from '../lists/generate.js';

/**
 * The hand-written floors beside each measure: the same recipients written by one INSERT … SELECT,
 * the same messages sent with nodemailer straight to the same server, the report's counts by SQL.
 */

/** The recipients as a hand-written INSERT … SELECT into a copy of mailing_message (its indexes too). */
export async function recipientsBaseline(pool: pg.Pool, data: Dataset, mailingId: string) {
  await pool.query('drop table if exists bench_mailing_recipients');
  await pool.query('create table bench_mailing_recipients (like mailing_message including all)');
  const t0 = performance.now();
  const { rowCount } = await pool.query(
    `insert into bench_mailing_recipients (workspace_id, mailing_id, customer_id, address, state, next_attempt_at)
     select c.workspace_id, $2, c.id, nullif(btrim(c.email), ''), 'QUEUED', now()
       from customer_consent cc
       join customer c on c.workspace_id = cc.workspace_id and c.id = cc.customer_id
      where cc.workspace_id = $1 and cc.kind = 'EMAIL' and cc.granted
        and c.deleted_at is null and c.main_customer_id is null and c.status = 'ACTIVE'
        and nullif(btrim(c.email), '') is not null`,
    [data.workspaceId, mailingId],
  );
  const seconds = (performance.now() - t0) / 1000;
  await pool.query('drop table bench_mailing_recipients');
  return { seconds, rows: rowCount ?? 0 };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string);

/**
 * One SQL query reads every recipient (id, email, first name); each message is rendered by string
 * concatenation and handed to a pooled nodemailer transport, `parallel` at a time, as Patron does.
 */
export async function sendBaseline(
  pool: pg.Pool,
  data: Dataset,
  port: number,
  options: { parallel: number; maxConnections: number },
) {
  const t0 = performance.now();
  const { rows } = await pool.query<{ id: string; email: string; first_name: string | null }>(
    `select c.id, c.email, c.first_name
       from customer_consent cc
       join customer c on c.workspace_id = cc.workspace_id and c.id = cc.customer_id
      where cc.workspace_id = $1 and cc.kind = 'EMAIL' and cc.granted
        and c.deleted_at is null and c.main_customer_id is null and c.status = 'ACTIVE'
        and nullif(btrim(c.email), '') is not null`,
    [data.workspaceId],
  );
  const smtp = nodemailer.createTransport({
    pool: true,
    maxConnections: options.maxConnections,
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
  });
  let next = 0;
  let failed = 0;
  const lane = async () => {
    while (next < rows.length) {
      const r = rows[next++] as (typeof rows)[number];
      const first = r.first_name?.trim() || 'friend';
      const link = `http://localhost:4000/unsubscribe/${r.id}`;
      const html = `<p>Dear ${escapeHtml(first)},</p><p>Our spring offers start today: double points on every visit this week.</p><p><a href="${link}">Unsubscribe</a></p>`;
      try {
        await smtp.sendMail({
          from: { name: 'Bench club', address: 'news@bench.patron.local' },
          to: r.email,
          replyTo: 'help@bench.patron.local',
          subject: `${first}, spring offers are here`,
          text: `Dear ${first},\n\nOur spring offers start today: double points on every visit this week.\n\nUnsubscribe: ${link}`,
          html,
          messageId: `<baseline-${r.id}@bench.patron.local>`,
          list: { unsubscribe: { url: link } },
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        });
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.parallel }, lane));
  smtp.close();
  return { seconds: (performance.now() - t0) / 1000, messages: rows.length - failed, failed };
}

/** The report's figures by hand: counts by state and reason, purchases after each message was sent. */
export async function reportBaseline(pool: pg.Pool, data: Dataset, mailingId: string) {
  const t0 = performance.now();
  await Promise.all([
    pool.query(
      `select state, reason, count(*) from mailing_message where workspace_id = $1 and mailing_id = $2
        group by state, reason`,
      [data.workspaceId, mailingId],
    ),
    pool.query(
      `select count(*), count(distinct p.customer_id), coalesce(sum(p.amount - p.returned_amount), 0)
         from mailing_message m
         join purchase p on p.workspace_id = m.workspace_id and p.customer_id = m.customer_id
          and p.purchased_at >= m.sent_at and p.purchased_at < m.sent_at + interval '7 days'
        where m.workspace_id = $1 and m.mailing_id = $2 and m.sent_at is not null`,
      [data.workspaceId, mailingId],
    ),
  ]);
  return (performance.now() - t0) / 1000;
}
