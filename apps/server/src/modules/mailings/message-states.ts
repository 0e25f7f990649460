import type { EmSql } from '../../db/em-sql.js';
import type { MessageState } from './mailing.js';
import { type MessageHistoryEntry, recordMessageHistory } from './mailing-history.js';

/** A change of one recipient's message, as the delivery step or a delivery report says it. */
export interface MessageStateChange {
  messageId: string;
  state: MessageState;
  /** Why it failed or was skipped (a stable code), or why a retry waits. */
  reason?: string | null;
  providerMessageId?: string | null;
  accountId?: string | null;
  /** When it happened (default now): sent_at / delivered_at. */
  at?: Date | null;
  /** QUEUED again (a retryable provider error): when to try next. */
  nextAttemptAt?: Date | null;
}

/**
 * Which changes are taken; anything else is ignored, so a repeated or late delivery report, or a
 * retry after a crash, never moves a message backwards. A message skipped by a cancel while it was
 * already being handed to the provider may still be recorded as sent or failed: that is what happened.
 */
const NEXT: Record<MessageState, readonly MessageState[]> = {
  QUEUED: ['QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'SKIPPED'],
  SENT: ['DELIVERED', 'FAILED', 'UNSUBSCRIBED'],
  DELIVERED: ['UNSUBSCRIBED'],
  SKIPPED: ['SENT', 'FAILED'],
  FAILED: [],
  UNSUBSCRIBED: [],
};

const COUNTER: Record<MessageState, string> = {
  QUEUED: 'queued',
  SENT: 'sent',
  DELIVERED: 'delivered',
  FAILED: 'failed',
  SKIPPED: 'skipped',
  UNSUBSCRIBED: 'unsubscribed',
};

const MAILING_ACTOR = { kind: 'system', id: null, name: 'Mailing' } as const;

interface Current {
  id: string;
  state: MessageState;
  reason: string | null;
  mailing_id: string;
  customer_id: string;
  name: string;
  channel: string;
}

export function allowedChange(from: MessageState, to: MessageState, reason: string | null): boolean {
  if (from === 'SKIPPED' && reason !== 'CANCELLED') return false;
  return NEXT[from].includes(to);
}

/**
 * Applies the changes in the caller's transaction, set-based: one statement locks the messages, one
 * updates them, one moves the mailings' counters, one writes the history rows (SENT, DELIVERED,
 * FAILED) with their outbox events, and one marks finished mailings SENT. Returns the ids changed.
 */
export async function applyMessageStates(
  sql: EmSql,
  workspaceId: string,
  changes: MessageStateChange[],
): Promise<string[]> {
  if (changes.length === 0) return [];
  const ids = [...new Set(changes.map((c) => c.messageId))].filter((id) => /^\d{1,18}$/.test(id));
  const current = await sql.execute<Current[]>(
    `select m.id::text as id, m.state, m.reason, m.mailing_id, m.customer_id, g.name, g.channel
       from mailing_message m join mailing g on g.workspace_id = m.workspace_id and g.id = m.mailing_id
      where m.workspace_id = ? and m.id in (select jsonb_array_elements_text(?::jsonb)::bigint)
      order by m.id for update of m`,
    [workspaceId, JSON.stringify(ids)],
  );
  const byId = new Map(current.map((c) => [c.id, c]));
  const now = new Date();
  // The last change given for a message wins; changes that are not allowed are dropped.
  const taken = new Map<string, { change: MessageStateChange; was: Current }>();
  for (const change of changes) {
    const was = byId.get(change.messageId);
    if (!was) continue;
    const from = taken.get(change.messageId)?.change.state ?? was.state;
    if (allowedChange(from, change.state, was.reason)) taken.set(change.messageId, { change, was });
  }
  if (taken.size === 0) return [];
  const rows = [...taken.values()].map(({ change, was }) => ({
    id: change.messageId,
    state: change.state,
    reason: change.reason ?? null,
    provider_message_id: change.providerMessageId ?? null,
    account_id: change.accountId ?? null,
    at: (change.at ?? now).toISOString(),
    next_attempt_at: change.nextAttemptAt?.toISOString() ?? null,
    mailing_id: was.mailing_id,
    customer_id: was.customer_id,
  }));
  await sql.execute(
    `update mailing_message m set
        state = x.state,
        reason = case when x.state in ('FAILED', 'SKIPPED', 'QUEUED') then x.reason
          when x.state in ('SENT', 'DELIVERED') then null else m.reason end,
        provider_message_id = coalesce(x.provider_message_id, m.provider_message_id),
        account_id = coalesce(x.account_id, m.account_id),
        sent_at = case when x.state in ('SENT', 'DELIVERED') then coalesce(m.sent_at, x.at) else m.sent_at end,
        delivered_at = case when x.state = 'DELIVERED' then x.at else m.delivered_at end,
        next_attempt_at = coalesce(x.next_attempt_at, m.next_attempt_at),
        updated_at = now()
       from jsonb_to_recordset(?::jsonb) as x(id bigint, state text, reason text, provider_message_id text,
         account_id uuid, at timestamptz, next_attempt_at timestamptz)
      where m.workspace_id = ? and m.id = x.id`,
    [JSON.stringify(rows), workspaceId],
  );

  const deltas = new Map<string, Record<string, number>>();
  for (const { change, was } of taken.values()) {
    if (change.state === was.state) continue;
    const d = deltas.get(was.mailing_id) ?? {};
    d[COUNTER[was.state]] = (d[COUNTER[was.state]] ?? 0) - 1;
    d[COUNTER[change.state]] = (d[COUNTER[change.state]] ?? 0) + 1;
    deltas.set(was.mailing_id, d);
  }
  if (deltas.size) {
    const counters = Object.values(COUNTER);
    await sql.execute(
      `update mailing g set ${counters.map((c) => `${c} = g.${c} + coalesce((x.d->>'${c}')::int, 0)`).join(', ')},
          updated_at = now()
         from jsonb_to_recordset(?::jsonb) as x(id uuid, d jsonb)
        where g.workspace_id = ? and g.id = x.id`,
      [JSON.stringify([...deltas].map(([id, d]) => ({ id, d }))), workspaceId],
    );
  }

  const history = [...taken.values()].flatMap(({ change, was }): MessageHistoryEntry[] => {
    const state = change.state;
    if (state === was.state || !(state === 'SENT' || state === 'DELIVERED' || state === 'FAILED')) return [];
    return [
      {
        customerId: was.customer_id,
        state,
        source: 'mailing',
        sender: { id: was.mailing_id, name: was.name, channel: was.channel },
        reason: change.reason ?? null,
        at: change.at ?? now,
      },
    ];
  });
  await recordMessageHistory(sql, workspaceId, MAILING_ACTOR, history);

  // A mailing whose recipients were all written and none waits any longer has been sent.
  await sql.execute(
    `update mailing set state = 'SENT', finished_at = now(), updated_at = now()
      where workspace_id = ? and id in (select jsonb_array_elements_text(?::jsonb)::uuid)
        and state = 'SENDING' and materialized_at is not null and queued = 0`,
    [workspaceId, JSON.stringify([...new Set(rows.map((r) => r.mailing_id))])],
  );
  return [...taken.keys()];
}

/** A recipient's message claimed for sending. */
export interface ClaimedMessage {
  id: string;
  customerId: string;
  address: string;
  attempts: number;
}

/**
 * Claims the next due messages of a mailing for the delivery step: oldest due first, skipping rows
 * another worker holds, and leases them (`next_attempt_at` moves `leaseMs` ahead, `attempts` + 1) so
 * a worker that dies mid-send leaves them to be claimed again once the lease ends.
 */
export async function claimDueMessages(
  sql: EmSql,
  workspaceId: string,
  mailingId: string,
  limit: number,
  leaseMs: number,
): Promise<ClaimedMessage[]> {
  const rows = await sql.execute<{ id: string; customer_id: string; address: string; attempts: number }[]>(
    // The batch is picked once (materialized): as the inner side of a nested loop the locking
    // subquery ran again per row, skipped the rows this statement had just updated and took more.
    `with due as materialized (
       select d.id from mailing_message d
        where d.workspace_id = ? and d.mailing_id = ? and d.state = 'QUEUED' and d.next_attempt_at <= now()
        order by d.next_attempt_at, d.id limit ? for update skip locked)
     update mailing_message m set next_attempt_at = now() + make_interval(secs => ?), attempts = m.attempts + 1,
        updated_at = now()
       from due where m.workspace_id = ? and m.id = due.id
      returning m.id::text as id, m.customer_id, m.address, m.attempts`,
    [workspaceId, mailingId, limit, leaseMs / 1000, workspaceId],
  );
  return rows.map((r) => ({ id: r.id, customerId: r.customer_id, address: r.address, attempts: r.attempts }));
}
