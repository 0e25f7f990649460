import type { MikroORM } from '@mikro-orm/postgresql';
import { emSql } from '../../db/em-sql.js';
import { type MailingState, MESSAGE_STATES, type MessageState } from './mailing.js';
import type { MailingService } from './mailing.service.js';

export interface MailingReport {
  mailingId: string;
  /** The mailing's state, read before the counts: once it is over, the counts are final. */
  mailingState: MailingState;
  attributionDays: number;
  byState: { state: MessageState; count: number }[];
  failedByReason: { reason: string; count: number }[];
  skippedByReason: { reason: string; count: number }[];
  /** Purchases by recipients within attributionDays after their message was sent. */
  attributed: { purchases: number; customers: number; revenue: string };
  /** Recipients who clicked / opened (the mailing's counters: one per message, the first time). */
  clicked: number;
  clickRate: number | null;
  opened: number;
  openRate: number | null;
}

/**
 * A mailing's report, read from its messages: counts by state and reason (an index-only scan of
 * `mailing_message_states`) and the purchases its recipients made within N days after their message
 * left (the sent index joined to `purchase_customer`), one query each.
 */
export class MailingReportService {
  constructor(
    private readonly orm: MikroORM,
    private readonly mailings: MailingService,
  ) {}

  async report(workspaceId: string, mailingId: string): Promise<MailingReport> {
    const mailing = await this.mailings.get(workspaceId, mailingId, ['mailingId']);
    const sql = emSql(this.orm.em.fork());
    const [states, attributed] = await Promise.all([
      sql.execute<{ state: MessageState; reason: string | null; n: string }[]>(
        `select state, reason, count(*) as n from mailing_message
          where workspace_id = ? and mailing_id = ? group by state, reason`,
        [workspaceId, mailingId],
      ),
      // Revenue is what was paid and kept: the amount less what was returned.
      sql.execute<{ purchases: string; customers: string; revenue: string }[]>(
        `select count(*) as purchases, count(distinct p.customer_id) as customers,
                coalesce(sum(p.amount - p.returned_amount), 0)::text as revenue
           from mailing_message m
           join purchase p on p.customer_id = m.customer_id and p.workspace_id = m.workspace_id
            and p.purchased_at >= m.sent_at and p.purchased_at < m.sent_at + make_interval(days => ?)
          where m.workspace_id = ? and m.mailing_id = ? and m.sent_at is not null`,
        [mailing.attributionDays, workspaceId, mailingId],
      ),
    ]);
    const count = (state: MessageState) =>
      states.filter((r) => r.state === state).reduce((sum, r) => sum + Number(r.n), 0);
    const byReason = (state: MessageState) =>
      states
        .filter((r) => r.state === state)
        .map((r) => ({ reason: r.reason ?? 'UNKNOWN', count: Number(r.n) }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
    const a = attributed[0];
    // Messages that left and were not reported failed: the ones a recipient could click.
    const reached = count('SENT') + count('DELIVERED') + count('UNSUBSCRIBED');
    const rate = (n: number) => (reached ? n / reached : null);
    return {
      mailingId,
      mailingState: mailing.state,
      attributionDays: mailing.attributionDays,
      byState: MESSAGE_STATES.map((state) => ({ state, count: count(state) })),
      failedByReason: byReason('FAILED'),
      skippedByReason: byReason('SKIPPED'),
      attributed: {
        purchases: Number(a?.purchases ?? 0),
        customers: Number(a?.customers ?? 0),
        revenue: a?.revenue ?? '0',
      },
      clicked: mailing.counts.clicked,
      clickRate: rate(mailing.counts.clicked),
      opened: mailing.counts.opened,
      openRate: rate(mailing.counts.opened),
    };
  }
}
