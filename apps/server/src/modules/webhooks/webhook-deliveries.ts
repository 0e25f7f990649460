import type { Actor, CustomerEvent } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { refusal } from '../../graphql/errors.js';
import type { WebhookSettings } from '../../runtime/kernel.js';
import type { WebhookService } from './webhook.service.js';
import { PING_EVENT } from './webhook-events.js';
import { type Attempt, send } from './webhook-sender.js';

export type DeliveryState = 'PENDING' | 'DELIVERED' | 'FAILED' | 'CANCELLED';

export interface AttemptRecord {
  at: string;
  status: number | null;
  error: string | null;
}

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  eventId: string | null;
  type: string;
  state: DeliveryState;
  attempts: AttemptRecord[];
  nextAttemptAt: Date | null;
  createdAt: Date;
}

/** What a delivery stores of its event; the body adds the ids at each attempt. */
interface Payload {
  occurredAt: string;
  customerId: string | null;
  actor: Actor;
  changes: CustomerEvent['changes'];
}

/** The job that sends due deliveries. */
export const DELIVER_JOB = 'webhooks.deliver';

/** How long finished deliveries are kept to look into; pending ones stay until they finish. */
export const DELIVERIES_KEPT_DAYS = 30;
const PRUNE_BATCH = 10_000;

/** Deliveries one step sends at once. */
const STEP = 20;

/** How long a claimed delivery is left alone: well past the send timeout, so a crash only delays it. */
const LEASE = "interval '5 minutes'";

/** A delivery's columns as `WebhookDelivery`, of the table or of its alias `t`. */
const columnsOf = (
  t = '',
) => `${t}id, ${t}webhook_id as "webhookId", ${t}event_id::text as "eventId", ${t}type,
  ${t}state, ${t}attempt_log as attempts, ${t}next_attempt_at as "nextAttemptAt", ${t}created_at as "createdAt"`;
const COLUMNS = columnsOf();

/**
 * One row per (webhook, event), written set-based from the outbox's rounds: the events of a round
 * (?1, JSON) joined with the enabled webhooks of their workspaces that take their type. The unique
 * index makes a round handed over again write nothing new.
 */
const ENQUEUE = `insert into webhook_delivery
    (workspace_id, webhook_id, event_id, customer_id, type, payload, next_attempt_at)
  select w.workspace_id, w.id, e.id, e.customer_id, e.type, e.payload, now()
    from jsonb_to_recordset(?::jsonb) as e(id bigint, workspace_id uuid, customer_id uuid, type text, payload jsonb)
    join webhook w on w.workspace_id = e.workspace_id and w.enabled
                  and (e.type = any(w.events) or '*' = any(w.events))
  on conflict (workspace_id, webhook_id, event_id) do nothing
  returning 1`;

/** Due deliveries of enabled webhooks, claimed (leased) so that no other run sends them meanwhile. */
// The batch is picked once (materialized), as every skip-locked claim in the project is.
const CLAIM = `with due as materialized (
    select d.workspace_id, d.id from webhook_delivery d
      join webhook w on w.workspace_id = d.workspace_id and w.id = d.webhook_id and w.enabled
     where d.state = 'PENDING' and d.next_attempt_at <= now()
     order by d.next_attempt_at limit ${STEP}
       for update of d skip locked)
  update webhook_delivery d set next_attempt_at = now() + ${LEASE}
    from due, webhook w
   where d.workspace_id = due.workspace_id and d.id = due.id
     and w.workspace_id = d.workspace_id and w.id = d.webhook_id
  returning d.workspace_id as "workspaceId", d.id, d.webhook_id as "webhookId", d.event_id::text as "eventId",
            d.type, d.payload, d.failures, w.url, w.secret`;

/** One attempt's outcome: appended to the log, and the delivery's next state and time. */
const RECORD = `update webhook_delivery set
    attempt_log = attempt_log || jsonb_build_array(jsonb_build_object('at', now(), 'status', ?::int, 'error', ?::text)),
    state = ?, failures = ?, next_attempt_at = now() + make_interval(secs => ?::double precision)
  where workspace_id = ? and id = ? and state = 'PENDING'`;

interface Claimed {
  workspaceId: string;
  id: string;
  webhookId: string;
  eventId: string | null;
  type: string;
  payload: Payload;
  failures: number;
  url: string;
  secret: string;
}

/**
 * Deliveries of customer events to webhooks: written from the outbox, sent by the `webhooks.deliver`
 * job (a POST per attempt, signed), retried after `retryDelaysSeconds` each, FAILED after the last.
 */
export class WebhookDeliveries {
  constructor(
    private readonly sql: PreparedPool,
    private readonly webhooks: WebhookService,
    private readonly settings: WebhookSettings,
    private readonly kickSender: () => void,
  ) {}

  /** One statement for a round of events; starts the sender when any delivery was written. */
  async enqueue(events: CustomerEvent[]): Promise<void> {
    const rows = events.map((e) => ({
      id: e.id,
      workspace_id: e.workspaceId,
      customer_id: e.customerId,
      type: e.type,
      payload: {
        occurredAt: e.occurredAt.toISOString(),
        customerId: e.customerId,
        actor: e.actor,
        changes: e.changes,
      } satisfies Payload,
    }));
    const written = await this.sql.query(ENQUEUE, [JSON.stringify(rows)]);
    if (written.length > 0) this.kickSender();
  }

  /** Sends the due deliveries of one claim; true when there may be more due at once. */
  async sendDue(): Promise<boolean> {
    const claimed = await this.sql.query<Claimed>(CLAIM, []);
    await Promise.all(claimed.map((d) => this.attempt(d)));
    return claimed.length === STEP;
  }

  /** Deletes a batch of finished deliveries older than DELIVERIES_KEPT_DAYS; true when there may be more. */
  async prune(): Promise<boolean> {
    const gone = await this.sql.query(
      `delete from webhook_delivery where (workspace_id, id) in (
         select workspace_id, id from webhook_delivery
          where state <> 'PENDING' and created_at < now() - make_interval(days => ?) limit ${PRUNE_BATCH})
       returning 1`,
      [DELIVERIES_KEPT_DAYS],
    );
    return gone.length === PRUNE_BATCH;
  }

  /** Newest first, keyset on (created_at, id); `after` is the last id of the previous page. */
  async page(
    workspaceId: string,
    webhookId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<{ deliveries: WebhookDelivery[]; hasNextPage: boolean }> {
    after ??= null;
    if (!isUuid(webhookId) || (after !== null && !isUuid(after)))
      return { deliveries: [], hasNextPage: false };
    const rows = await this.sql.query<WebhookDelivery>(
      `select ${COLUMNS} from webhook_delivery d
        where workspace_id = ? and webhook_id = ?
          and (?::uuid is null or (created_at, id) < (select created_at, id from webhook_delivery
                                                       where workspace_id = d.workspace_id and id = ?::uuid))
        order by created_at desc, id desc limit ?`,
      [workspaceId, webhookId, after, after, first + 1],
    );
    return { deliveries: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /** The newest delivery of each of the workspace's webhooks: one index probe per webhook. */
  async latest(workspaceId: string): Promise<Map<string, WebhookDelivery>> {
    const rows = await this.sql.query<WebhookDelivery>(
      `select last.* from webhook w cross join lateral (
         select ${COLUMNS} from webhook_delivery d
          where d.workspace_id = w.workspace_id and d.webhook_id = w.id
          order by d.created_at desc, d.id desc limit 1) last
        where w.workspace_id = ?`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.webhookId, r]));
  }

  /** A `ping` delivery, sent at once like any other (and retried like any other). */
  async sendTest(actor: Actor, workspaceId: string, webhookId: string): Promise<WebhookDelivery> {
    const webhook = await this.webhooks.get(workspaceId, webhookId);
    if (!webhook) throw refusal('WEBHOOK_NOT_FOUND');
    if (!webhook.enabled) throw refusal('WEBHOOK_DISABLED');
    const payload: Payload = { occurredAt: new Date().toISOString(), customerId: null, actor, changes: [] };
    const [row] = await this.sql.query<WebhookDelivery>(
      `insert into webhook_delivery (workspace_id, webhook_id, type, payload, next_attempt_at)
       values (?, ?, ?, ?::jsonb, now()) returning ${COLUMNS}`,
      [workspaceId, webhookId, PING_EVENT, JSON.stringify(payload)],
    );
    this.kickSender();
    return row as WebhookDelivery;
  }

  /** Sends a delivery again, whatever its state, with a fresh round of retries; its log is kept. */
  async redeliver(workspaceId: string, deliveryId: string): Promise<WebhookDelivery> {
    const [row] = isUuid(deliveryId)
      ? await this.sql.query<WebhookDelivery & { enabled: boolean }>(
          `update webhook_delivery d set state = 'PENDING', failures = 0, next_attempt_at = now()
             from webhook w
            where d.workspace_id = ? and d.id = ? and w.workspace_id = d.workspace_id and w.id = d.webhook_id
              and w.enabled
           returning ${columnsOf('d.')}`,
          [workspaceId, deliveryId],
        )
      : [];
    if (!row) {
      const [found] = isUuid(deliveryId)
        ? await this.sql.query('select 1 from webhook_delivery where workspace_id = ? and id = ?', [
            workspaceId,
            deliveryId,
          ])
        : [];
      throw refusal(found ? 'WEBHOOK_DISABLED' : 'WEBHOOK_DELIVERY_NOT_FOUND');
    }
    this.kickSender();
    return row;
  }

  private async attempt(d: Claimed): Promise<void> {
    const secret = this.webhooks.reveal(d.workspaceId, d.webhookId, d.secret);
    const body = JSON.stringify({
      id: d.eventId ?? d.id,
      type: d.type,
      occurredAt: d.payload.occurredAt,
      workspaceId: d.workspaceId,
      customerId: d.payload.customerId,
      actor: d.payload.actor,
      changes: d.payload.changes,
    });
    const outcome: Attempt =
      secret === null
        ? {
            status: null,
            error: 'the signing secret cannot be read (PATRON_SECRET_KEY changed?)',
            delivered: false,
          }
        : await send(
            { url: d.url, deliveryId: d.id, type: d.type, body, secret },
            this.settings.allowPrivate,
          );
    const delays = this.settings.retryDelaysSeconds;
    const failures = outcome.delivered ? d.failures : d.failures + 1;
    const state: DeliveryState = outcome.delivered
      ? 'DELIVERED'
      : failures > delays.length
        ? 'FAILED'
        : 'PENDING';
    // A delay of null leaves next_attempt_at null: nothing more to send.
    const delay = state === 'PENDING' ? (delays[failures - 1] ?? 0) : null;
    await this.sql.query(RECORD, [
      outcome.status,
      outcome.error,
      state,
      failures,
      delay,
      d.workspaceId,
      d.id,
    ]);
  }
}
