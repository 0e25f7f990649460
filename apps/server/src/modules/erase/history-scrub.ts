import type { Run } from '../../db/prepared-pool.js';

/**
 * History change keys whose values are not personal data: ids, amounts, tier/segment/group/tag
 * names, statuses. Every other key (attribute values above all, and any key a plugin writes) loses
 * its values when a customer is erased: unknown means personal, so a new kind of change is safe
 * before anyone thinks of it here.
 */
export const KEPT_CHANGE_KEYS = [
  'status',
  'tags',
  'tier',
  'rfm',
  'groups',
  'operation',
  'purchase',
  'paymentStatus',
  'referrer',
  'mergedProfile',
  'mainCustomerId',
  'childProfile',
] as const;

/** Balance changes are keyed `balance.<currency>`. */
const KEPT_PREFIX = 'balance.';

/** `changes` (a jsonb array of {key, oldValue, newValue}) with personal values dropped, keys kept. */
const scrubbed = (changes: string) => `(
  select coalesce(jsonb_agg(
           case when c->>'key' = any(?::text[]) or starts_with(c->>'key', '${KEPT_PREFIX}') then c
                else jsonb_build_object('key', c->>'key', 'oldValue', null, 'newValue', null, 'erased', true)
           end order by n), '[]'::jsonb)
    from jsonb_array_elements(${changes}) with ordinality as x(c, n))`;

/**
 * Drops the personal values from the customers' history events (the events stay, with their type,
 * actor and time) and from their not yet pruned outbox events. Answers the history rows touched.
 */
export async function scrubHistory(run: Run, workspaceId: string, customerIds: string[]): Promise<number> {
  const kept = [...KEPT_CHANGE_KEYS];
  const rows = await run<{ id: string }>(
    `update history_event set changes = ${scrubbed('changes')}
      where workspace_id = ? and customer_id = any(?::uuid[]) returning id`,
    [kept, workspaceId, customerIds],
  );
  // The outbox keeps a copy of each event's changes for its handlers, except for the events that
  // name their history row (history-rows.ts): those are read from the row just scrubbed.
  await run(
    `update outbox_event set payload = jsonb_set(payload, '{changes}', ${scrubbed("payload->'changes'")})
      where workspace_id = ? and payload->>'customerId' = any(?::text[])
        and jsonb_typeof(payload->'changes') = 'array'`,
    [kept, workspaceId, customerIds],
  );
  return rows.length;
}
