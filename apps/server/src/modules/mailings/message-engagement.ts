import type { EmSql } from '../../db/em-sql.js';
import { recordMessageHistory } from './mailing-history.js';

const MAILING_ACTOR = { kind: 'system', id: null, name: 'Mailing' } as const;

export type Engagement = { kind: 'CLICKED'; url: string } | { kind: 'OPENED' };

const COLUMN = { CLICKED: 'clicked_at', OPENED: 'opened_at' } as const;
const COUNTER = { CLICKED: 'clicked', OPENED: 'opened' } as const;

/**
 * A recipient followed a link of their message (or loaded its tracking image), in the caller's
 * transaction: the first time sets the message's `clicked_at` / `opened_at`, moves the mailing's
 * counter and writes the history event; later times change nothing (the row's own test decides, so
 * two clicks at once count once). A message of an erased customer records nothing: the counter and
 * the message stay as they were, and no behaviour of theirs is kept. True when it was recorded.
 */
export async function recordEngagement(
  sql: EmSql,
  workspaceId: string,
  messageId: string,
  what: Engagement,
): Promise<boolean> {
  if (!/^\d{1,18}$/.test(messageId)) return false;
  const column = COLUMN[what.kind];
  const counter = COUNTER[what.kind];
  const [hit] = await sql.execute<{ id: string; name: string; channel: string; customer_id: string }[]>(
    `with first as (
       update mailing_message m set ${column} = now(), updated_at = now()
         from customer c
        where m.workspace_id = ? and m.id = ? and m.${column} is null and m.sent_at is not null
          and c.workspace_id = m.workspace_id and c.id = m.customer_id and c.status <> 'ERASED'
        returning m.mailing_id, m.customer_id)
     update mailing g set ${counter} = g.${counter} + 1
       from first where g.workspace_id = ? and g.id = first.mailing_id
     returning g.id::text as id, g.name, g.channel, first.customer_id::text as customer_id`,
    [workspaceId, messageId, workspaceId],
  );
  if (!hit) return false;
  await recordMessageHistory(sql, workspaceId, MAILING_ACTOR, [
    {
      customerId: hit.customer_id,
      state: what.kind,
      source: 'mailing',
      sender: { id: hit.id, name: hit.name, channel: hit.channel },
      url: what.kind === 'CLICKED' ? what.url : null,
      at: new Date(),
    },
  ]);
  return true;
}
