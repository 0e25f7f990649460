import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';

/** A card number reported lost: dead for good in its workspace. */
export interface LostCard {
  cardNumber: string;
  customerId: string;
  reportedAt: Date;
  reason: string;
  actorName: string;
}

/** The longest reason kept with a lost card (the table's check says the same). */
export const LOST_CARD_REASON_MAX = 300;

interface LostCardRow {
  card_number: string;
  customer_id: string;
  reported_at: Date;
  reason: string;
  actor_name: string;
}

const toLostCard = (r: LostCardRow): LostCard => ({
  cardNumber: r.card_number,
  customerId: r.customer_id,
  reportedAt: new Date(r.reported_at),
  reason: r.reason,
  actorName: r.actor_name,
});

const COLUMNS = 'card_number, customer_id, reported_at, reason, actor_name';

/** When this number was reported lost in the workspace, or null: read in the caller's transaction. */
export async function lostSince(
  em: EntityManager,
  workspaceId: string,
  cardNumber: string,
): Promise<Date | null> {
  const [row] = await em
    .getConnection()
    .execute<{ reported_at: Date }[]>(
      'select reported_at from lost_card where workspace_id = ? and card_number = ?',
      [workspaceId, cardNumber],
      'all',
      em.getTransactionContext(),
    );
  return row ? new Date(row.reported_at) : null;
}

/** Which of these numbers were reported lost (an import chunk's, an unmerge's): one query. */
export async function lostAmong(run: Run, workspaceId: string, cardNumbers: string[]): Promise<Set<string>> {
  if (cardNumbers.length === 0) return new Set();
  const rows = await run<{ card_number: string }>(
    'select card_number from lost_card where workspace_id = ? and card_number = any(?::text[])',
    [workspaceId, cardNumbers],
  );
  return new Set(rows.map((r) => r.card_number));
}

export async function recordLostCard(
  em: EntityManager,
  workspaceId: string,
  card: { cardNumber: string; customerId: string; reason: string; actor: Actor },
): Promise<void> {
  await em.getConnection().execute(
    `insert into lost_card (workspace_id, card_number, customer_id, reason, actor_kind, actor_id, actor_name)
       values (?, ?, ?, ?, ?, ?, ?)`,
    [
      workspaceId,
      card.cardNumber,
      card.customerId,
      card.reason,
      card.actor.kind,
      card.actor.id,
      card.actor.name,
    ],
    'all',
    em.getTransactionContext(),
  );
}

/** A customer's lost cards, newest first (the card's panel). */
export async function lostCardsOf(
  em: EntityManager,
  workspaceId: string,
  customerIds: string[],
): Promise<LostCard[]> {
  const rows = await em.getConnection().execute<LostCardRow[]>(
    `select ${COLUMNS} from lost_card where workspace_id = ? and customer_id = any(?::uuid[])
        order by reported_at desc, card_number`,
    [workspaceId, pgArray(customerIds)],
  );
  return rows.map(toLostCard);
}
