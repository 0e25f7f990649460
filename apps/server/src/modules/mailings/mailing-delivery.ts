import type { SendOutcome } from '@patron/sdk';
import type { PreparedPool } from '../../db/prepared-pool.js';
import type { ChannelService } from '../channels/channel.service.js';
import type { ConsentService } from '../consents/consent.service.js';
import type { ConsentKind } from '../consents/consent-kinds.js';
import type { MessageTemplateService } from '../message-templates/message-template.service.js';
import { isRenderProblem, type RenderedMessage } from '../message-templates/template-renderer.js';
import type { WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { batchTracking, type TrackingMailing } from './link-tracking.js';
import type { MailingService } from './mailing.service.js';
import type { ClaimedMessage, MessageStateChange } from './message-states.js';
import { allowedNextMinute, nextSendMoment } from './send-moment.js';

/** Messages claimed per round of one mailing; their states are written in one transaction. */
export const DELIVERY_BATCH = 250;
/** Messages handed to the provider at once within a batch. */
export const PARALLEL_SENDS = 20;
/** A claim outlives a batch by far; a worker that dies mid-batch leaves its messages after this. */
const LEASE_MS = 5 * 60_000;
/** Attempts before a retryable failure becomes final. */
export const MAX_ATTEMPTS = 6;

/** Waits before the next attempt: 1, 2, 4, 8, 16 minutes. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

interface SendingMailing extends TrackingMailing {
  throttle_per_minute: number | null;
}

/**
 * The delivery step: takes each sending mailing's due messages, checks consent at send time, renders
 * them in the recipients' languages, hands them to the workspace's channel account and records what
 * happened (states, counters, history) per batch. A crash mid-batch leaves the claimed messages to be
 * claimed again when their lease ends: those handed over before the crash may go twice (providers
 * that deduplicate get the same message id); nothing recorded is redone.
 */
export class MailingDelivery {
  constructor(
    private readonly sql: PreparedPool,
    private readonly mailings: MailingService,
    private readonly channels: ChannelService,
    private readonly templates: MessageTemplateService,
    private readonly consents: ConsentService,
    private readonly settings: WorkspaceSettingsService,
  ) {}

  /** One round over every sending mailing; true when something was sent (more may be due at once). */
  async deliverDue(): Promise<boolean> {
    const sending = await this.sql.query<SendingMailing>(
      `select workspace_id, id::text as id, channel, template_id::text as template_id, throttle_per_minute,
              track_clicks
         from mailing where state = 'SENDING' and materialized_at is not null order by started_at`,
      [],
    );
    let worked = false;
    for (const mailing of sending) if ((await this.deliverBatch(mailing)) > 0) worked = true;
    if (await this.sendTests()) worked = true;
    return worked;
  }

  /** Claims, checks, renders, sends and records one batch of a mailing; how many were handled. */
  async deliverBatch(mailing: SendingMailing): Promise<number> {
    const ws = mailing.workspace_id;
    const clock = await this.settings.get(ws);
    const now = new Date();
    if (nextSendMoment(now, clock.timeZone, clock.quietHours).getTime() > now.getTime()) return 0;
    const room = allowedNextMinute(
      mailing.throttle_per_minute,
      mailing.throttle_per_minute ? await this.mailings.sentInLastMinute(ws, mailing.id) : 0,
      DELIVERY_BATCH,
    );
    if (room === 0) return 0;
    const claimed = await this.mailings.claimDue(ws, mailing.id, room, LEASE_MS);
    if (!claimed.length) return 0;
    const changes: MessageStateChange[] = [];
    const skip = (m: ClaimedMessage, reason: string) =>
      changes.push({ messageId: m.id, state: 'SKIPPED', reason });

    const consent = this.channels.consentFor(mailing.channel) as ConsentKind | null;
    if (!consent || !mailing.template_id) {
      for (const m of claimed) skip(m, 'MAILING_NOT_SENDABLE');
      return this.finish(ws, changes, claimed.length);
    }
    const consenting = await this.consenting(ws, consent, claimed);
    const reachable = claimed.filter((m) => {
      if (!consenting.has(m.customerId)) skip(m, 'NO_CONSENT');
      else if (!m.address) skip(m, 'NO_ADDRESS');
      else return true;
      return false;
    });
    const links = new Map(reachable.map((m) => [m.customerId, this.unsubscribe(ws, m, consent)]));
    const rendered = await this.render(ws, mailing.template_id, reachable, links);
    const tracking = reachable.length
      ? await batchTracking(
          { channels: this.channels, templates: this.templates, mailings: this.mailings },
          mailing,
        )
      : null;
    const ready: {
      message: ClaimedMessage;
      content: RenderedMessage;
      unsubscribeUrl: string | null;
      trackLink: ((url: string) => Promise<string | null>) | null;
    }[] = [];
    for (const m of reachable) {
      const result = rendered.get(m.customerId);
      if (!result) skip(m, 'TEMPLATE_NOT_FOUND');
      else if (isRenderProblem(result)) skip(m, result.code);
      else {
        const unsubscribeUrl = links.get(m.customerId) ?? null;
        ready.push({
          message: m,
          content: tracking ? tracking.message(m, result, unsubscribeUrl) : result,
          unsubscribeUrl,
          trackLink: tracking?.ownLink(m, unsubscribeUrl) ?? null,
        });
      }
    }
    // The account is read (and its secrets opened) once per batch, not once per message. No account
    // for the channel (one may be added) or no answer from the database: retried like an outage.
    const sender = ready.length
      ? await this.channels.senderFor(ws, mailing.channel).then(
          (found) => found ?? 'CHANNEL_NO_ACCOUNT',
          () => 'CHANNEL_PROVIDER_UNAVAILABLE',
        )
      : 'CHANNEL_NO_ACCOUNT';
    type Outcome = SendOutcome & { accountId: string | null };
    const outcomes = await inParallel(
      ready,
      PARALLEL_SENDS,
      ({ message, content, unsubscribeUrl, trackLink }): Promise<Outcome> => {
        if (typeof sender === 'string')
          return Promise.resolve({ ok: false as const, retryable: true, reason: sender, accountId: null });
        return sender.send({
          id: `mailing-message-${ws}-${message.id}`,
          workspaceId: ws,
          to: message.address,
          subject: content.subject,
          text: content.text,
          html: content.html,
          unsubscribeUrl,
          trackLink,
        });
      },
    );
    ready.forEach(({ message }, i) => {
      changes.push(stateAfter(message, outcomes[i] as Outcome));
    });
    return this.finish(ws, changes, claimed.length);
  }

  private async finish(ws: string, changes: MessageStateChange[], handled: number): Promise<number> {
    await this.mailings.recordMessageState(ws, changes);
    return handled;
  }

  /** The claimed customers who hold the channel's consent now (it may have been withdrawn since). */
  private async consenting(ws: string, kind: ConsentKind, claimed: ClaimedMessage[]): Promise<Set<string>> {
    const rows = await this.sql.query<{ id: string }>(
      `select c.id from customer c
        where c.workspace_id = ? and c.id = any(?::uuid[]) and ${this.consents.consentedSql(kind, 'c')}`,
      [ws, claimed.map((m) => m.customerId)],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async render(
    ws: string,
    templateId: string,
    messages: ClaimedMessage[],
    links: Map<string, string | null>,
  ) {
    if (!messages.length) return new Map();
    const renderer = await this.templates.renderer(ws, templateId).catch(() => null);
    if (!renderer) return new Map();
    return renderer.render([...new Set(messages.map((m) => m.customerId))], (customerId) => ({
      unsubscribeUrl: links.get(customerId) ?? null,
    }));
  }

  private unsubscribe(ws: string, m: ClaimedMessage, consent: ConsentKind): string | null {
    return this.channels.unsubscribeUrl(ws, m.customerId, consent);
  }

  /** Test sends asked for on the mailing page: rendered for one recipient, sent to the address given. */
  private async sendTests(): Promise<boolean> {
    const due = await this.sql.query<{
      workspace_id: string;
      id: string;
      address: string;
      channel: string;
      template_id: string | null;
      customer_id: string | null;
    }>(
      // Leased, not yet SENT: the state is written once the channel has answered.
      // The batch is picked once (materialized): a locking subquery re-run per row takes more than 20.
      `with due as materialized (
         select id from mailing_test_send
          where state = 'QUEUED' and (leased_until is null or leased_until < now())
          order by requested_at limit 20 for update skip locked)
       update mailing_test_send t set leased_until = now() + make_interval(secs => ?)
         from due, mailing m
        where t.id = due.id and m.workspace_id = t.workspace_id and m.id = t.mailing_id
        returning t.workspace_id, t.id::text as id, t.address, m.channel, m.template_id::text as template_id,
          -- Rendered as for one of the mailing's own recipients (else any customer of the workspace).
          coalesce(
            (select r.customer_id::text from mailing_message r
              where r.workspace_id = t.workspace_id and r.mailing_id = t.mailing_id order by r.id limit 1),
            (select c.id::text from customer c where c.workspace_id = t.workspace_id and c.deleted_at is null
               and c.main_customer_id is null order by c.created_at limit 1)) as customer_id`,
      [LEASE_MS / 1000],
    );
    for (const test of due) {
      let reason: string | null = null;
      if (!test.template_id || !test.customer_id) reason = 'MAILING_NOT_SENDABLE';
      else {
        const renderer = await this.templates.renderer(test.workspace_id, test.template_id).catch(() => null);
        // The link in a test must not unsubscribe the customer it was rendered for.
        const result =
          renderer &&
          (await renderer.render([test.customer_id], () => ({ unsubscribeUrl: '#unsubscribe' }))).get(
            test.customer_id,
          );
        if (!result) reason = 'TEMPLATE_NOT_FOUND';
        else if (isRenderProblem(result)) reason = result.code;
        else {
          const outcome = await this.channels
            .send(test.workspace_id, test.channel, {
              id: `mailing-test-${test.workspace_id}-${test.id}`,
              workspaceId: test.workspace_id,
              to: test.address,
              subject: result.subject && `[TEST] ${result.subject}`,
              text: result.text,
              html: result.html,
            })
            .catch((error: { extensions?: { problem?: { code?: string } } }) => ({
              ok: false as const,
              reason: error?.extensions?.problem?.code ?? 'CHANNEL_PROVIDER_UNAVAILABLE',
            }));
          if (!outcome.ok) reason = outcome.reason;
        }
      }
      await this.sql.query(
        `update mailing_test_send set state = ?, reason = ?, sent_at = case when ? then now() end, leased_until = null
          where workspace_id = ? and id = ?`,
        [reason ? 'FAILED' : 'SENT', reason, !reason, test.workspace_id, test.id],
      );
    }
    return due.length > 0;
  }
}

/** What a provider's answer makes of a message: sent, queued again with a backoff, or failed. */
export function stateAfter(
  message: ClaimedMessage,
  outcome: SendOutcome & { accountId: string | null },
  now = new Date(),
): MessageStateChange {
  if (outcome.ok)
    return {
      messageId: message.id,
      state: 'SENT',
      providerMessageId: outcome.providerMessageId ?? null,
      accountId: outcome.accountId,
      at: now,
    };
  if (outcome.retryable && message.attempts < MAX_ATTEMPTS)
    return {
      messageId: message.id,
      state: 'QUEUED',
      reason: outcome.reason,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)),
    };
  return { messageId: message.id, state: 'FAILED', reason: outcome.reason, accountId: outcome.accountId };
}

/** Runs `work` over `items`, at most `limit` at a time, answers in the items' order. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * A provider's delivery reports for messages of mailings: found by the provider's id within the
 * workspace, recorded as delivered or failed (a late or repeated report changes nothing).
 */
export async function recordDeliveryReports(
  sql: PreparedPool,
  mailings: MailingService,
  workspaceId: string,
  reports: readonly {
    providerMessageId: string;
    state: 'DELIVERED' | 'FAILED';
    reason?: string;
    at?: Date;
  }[],
): Promise<number> {
  if (!reports.length) return 0;
  const rows = await sql.query<{ id: string; provider_message_id: string }>(
    `select id::text as id, provider_message_id from mailing_message
      where workspace_id = ? and provider_message_id = any(?::text[])`,
    [workspaceId, reports.map((r) => r.providerMessageId)],
  );
  const byProviderId = new Map(rows.map((r) => [r.provider_message_id, r.id]));
  const changes: MessageStateChange[] = reports.flatMap((r) => {
    const messageId = byProviderId.get(r.providerMessageId);
    if (!messageId) return [];
    return [
      r.state === 'DELIVERED'
        ? { messageId, state: 'DELIVERED' as const, at: r.at ?? null }
        : {
            messageId,
            state: 'FAILED' as const,
            reason: r.reason ?? 'CHANNEL_DELIVERY_FAILED',
            at: r.at ?? null,
          },
    ];
  });
  return (await mailings.recordMessageState(workspaceId, changes)).length;
}

/**
 * A customer who unsubscribed through a message's link: their latest message sent through that
 * channel in the last 90 days is marked unsubscribed (the link names the channel, not the message).
 */
export async function recordUnsubscribe(
  sql: PreparedPool,
  mailings: MailingService,
  target: { workspaceId: string; customerId: string; consentKind: string },
): Promise<void> {
  const [latest] = await sql.query<{ id: string }>(
    `select m.id::text as id from mailing_message m
       join mailing g on g.workspace_id = m.workspace_id and g.id = m.mailing_id
      where m.workspace_id = ? and m.customer_id = ? and g.channel = ? and m.state in ('SENT', 'DELIVERED')
        and m.sent_at > now() - interval '90 days'
      order by m.sent_at desc limit 1`,
    [target.workspaceId, target.customerId, target.consentKind],
  );
  if (latest)
    await mailings.recordMessageState(target.workspaceId, [{ messageId: latest.id, state: 'UNSUBSCRIBED' }]);
}
