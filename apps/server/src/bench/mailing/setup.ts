import type { Actor } from '@patron/sdk';
import type pg from 'pg';
import type { PatronApp } from '../../app.js';
import type { FilterGroupInput } from '../../modules/customer-search/filter-input.js';
import type { Dataset } from '../lists/generate.js';

export const BENCH_ACTOR = (data: Dataset): Actor => ({
  kind: 'staff',
  id: data.staffId,
  name: 'Bench Admin',
});

/** The audience a user would pick for a newsletter: everyone who agreed to email. */
export const AUDIENCE: FilterGroupInput = {
  op: 'AND',
  conditions: [{ field: 'consentEmail', operator: 'eq', value: 'GRANTED' }],
};

const TEMPLATE_NAME = 'Bench newsletter';
const FIRST = '{{ customer.first_name | default: "friend" }}';

/** The newsletter in the dataset's three languages, with the first name and the unsubscribe link. */
const CONTENTS = [
  {
    language: 'en' as const,
    subject: `${FIRST}, spring offers are here`,
    html: `<p>Dear ${FIRST},</p><p>Our spring offers start today: double points on every visit this week.</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>`,
  },
  {
    language: 'ru' as const,
    subject: `${FIRST}, весенние предложения уже здесь`,
    html: `<p>Здравствуйте, ${FIRST}!</p><p>Весенние предложения начинаются сегодня: двойные баллы за каждый визит на этой неделе.</p><p><a href="{{ unsubscribe_url }}">Отписаться</a></p>`,
  },
  {
    language: 'fa' as const,
    subject: `${FIRST}، پیشنهادهای بهاری رسید`,
    html: `<p>${FIRST} عزیز،</p><p>پیشنهادهای بهاری از امروز شروع می‌شود: امتیاز دوبرابر برای هر خرید در این هفته.</p><p><a href="{{ unsubscribe_url }}">لغو اشتراک</a></p>`,
  },
];

/**
 * The workspace's SMTP account pointed at the sink (saved through the service, as the Channels
 * screen would), and the newsletter template (created once).
 */
export async function prepareChannelAndTemplate(app: PatronApp, data: Dataset, port: number) {
  const { channels, messageTemplates } = app.services;
  const existing = (await channels.accounts(data.workspaceId)).find((a) => a.provider === 'smtp');
  const account = await channels.save(data.workspaceId, BENCH_ACTOR(data), {
    id: existing?.id ?? null,
    provider: 'smtp',
    name: 'Bench SMTP',
    enabled: true,
    isDefault: true,
    settings: Object.entries({
      host: '127.0.0.1',
      port: String(port),
      security: 'none',
      fromAddress: 'news@bench.patron.local',
      fromName: 'Bench club',
      replyTo: 'help@bench.patron.local',
    }).map(([key, value]) => ({ key, value })),
  });
  const template =
    (await messageTemplates.list(data.workspaceId, 'EMAIL')).find((t) => t.name === TEMPLATE_NAME) ??
    (await messageTemplates.create(data.workspaceId, {
      name: TEMPLATE_NAME,
      channel: 'EMAIL',
      contents: CONTENTS,
    }));
  return { accountId: account.id, templateId: template.id };
}

/**
 * EMAIL consent for `recipients` customers who can be reached (active, with an email), set-based as
 * an import of a newsletter list would leave it: one consent_record each and its customer_consent
 * row. Kept between runs; redone when the count differs.
 */
export async function prepareConsents(
  pool: pg.Pool,
  data: Dataset,
  recipients: number,
  log: (m: string) => void,
): Promise<void> {
  const { rows } = await pool.query<{ n: string }>(
    `select count(*) as n from customer_consent where workspace_id = $1 and kind = 'EMAIL' and granted`,
    [data.workspaceId],
  );
  if (Number(rows[0]?.n) === recipients) return;
  log(`granting EMAIL consent to ${recipients.toLocaleString('en')} customers with an email`);
  // Removed outside the insert's transaction, with a vacuum between: deleting a consent_record checks
  // customer_consent (no index on record_id), which must not still hold the dead rows.
  await pool.query(`delete from customer_consent where workspace_id = $1 and kind = 'EMAIL'`, [
    data.workspaceId,
  ]);
  await pool.query('vacuum customer_consent');
  await pool.query(`delete from consent_record where workspace_id = $1 and kind = 'EMAIL'`, [
    data.workspaceId,
  ]);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `with picked as (
         select id from customer
          where workspace_id = $1 and deleted_at is null and main_customer_id is null and status = 'ACTIVE'
            and nullif(btrim(email), '') is not null
          order by id limit $2),
       record as (
         insert into consent_record (workspace_id, customer_id, kind, granted, at, source, captured_via,
                                     actor_kind, actor_id, actor_name)
         select $1, id, 'EMAIL', true, now() - interval '30 days', 'newsletter sign-up', 'WEBSITE',
                'staff', $3, 'Bench Admin'
           from picked
         returning id, customer_id, at)
       insert into customer_consent (workspace_id, customer_id, kind, granted, at, record_id)
       select $1, customer_id, 'EMAIL', true, at, id from record`,
      [data.workspaceId, recipients, data.staffId],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  await pool.query('vacuum (analyze) customer_consent, consent_record');
}

/**
 * Every run starts alike: the mailings of earlier runs, their messages, the history rows and outbox
 * events they wrote are removed, then the tables vacuumed.
 */
export async function removeEarlierRuns(pool: pg.Pool, data: Dataset): Promise<void> {
  const ws = data.workspaceId;
  await pool.query(`delete from mailing_message where workspace_id = $1`, [ws]);
  await pool.query(`delete from mailing where workspace_id = $1`, [ws]);
  await pool.query(`delete from history_event where workspace_id = $1 and type like 'MESSAGE\\_%'`, [ws]);
  await pool.query(
    `delete from outbox_event where workspace_id = $1 and type = 'customer.messageStateChanged'`,
    [ws],
  );
  await pool.query('vacuum (analyze) mailing_message, mailing, history_event, outbox_event');
}
