import type { Actor, HistoryEventTypeDefinition } from '@patron/sdk';
import type { EmSql } from '../../db/em-sql.js';

/**
 * A recipient's message in the customer's history: changes `mailing` {id, name, channel} and, for a
 * failure, `reason`; for a click, `url` (the link followed). Queued and skipped messages write none (a cancelled 100,000-recipient mailing
 * would flood every card with nothing that reached the customer).
 */
export const MESSAGE_HISTORY = {
  SENT: { type: 'MESSAGE_SENT', event: 'customer.messageStateChanged' },
  DELIVERED: { type: 'MESSAGE_DELIVERED', event: 'customer.messageStateChanged' },
  FAILED: { type: 'MESSAGE_FAILED', event: 'customer.messageStateChanged' },
  // The first click and open of a message: no state of its own, the same event for the outbox.
  CLICKED: { type: 'MESSAGE_CLICKED', event: 'customer.messageStateChanged' },
  OPENED: { type: 'MESSAGE_OPENED', event: 'customer.messageStateChanged' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;

/** One message's step in a customer's history, and what sent it (a mailing, an automation). */
export interface MessageHistoryEntry {
  customerId: string;
  state: keyof typeof MESSAGE_HISTORY;
  /** The change key naming the sender, as the SPA's history template reads it. */
  source: 'mailing' | 'automation';
  sender: { id: string; name: string; channel: string };
  reason?: string | null;
  /** The link a click followed. */
  url?: string | null;
  at: Date;
}

/**
 * Writes the history rows (and their outbox events) of messages in the caller's transaction, in one
 * statement: mailings for their recipients, automations for the message an action sent.
 */
export async function recordMessageHistory(
  sql: EmSql,
  workspaceId: string,
  actor: Pick<Actor, 'kind' | 'id' | 'name'>,
  entries: MessageHistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    customer_id: e.customerId,
    type: MESSAGE_HISTORY[e.state].type,
    event: MESSAGE_HISTORY[e.state].event,
    changes: [
      { key: e.source, oldValue: null, newValue: e.sender },
      ...(e.state === 'FAILED' ? [{ key: 'reason', oldValue: null, newValue: e.reason ?? null }] : []),
      ...(e.state === 'CLICKED' ? [{ key: 'url', oldValue: null, newValue: e.url ?? null }] : []),
    ],
    at: e.at.toISOString(),
  }));
  await sql.execute(
    `select history_record(?::uuid, x.customer_id, x.type, x.event, ?, ?, ?, x.changes, x.at)
       from jsonb_to_recordset(?::jsonb) as x(customer_id uuid, type text, event text, changes jsonb, at timestamptz)`,
    [workspaceId, actor.kind, actor.id, actor.name, JSON.stringify(rows)],
  );
}
