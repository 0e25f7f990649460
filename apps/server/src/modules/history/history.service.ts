import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor, CustomerEventType, FieldChange } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { OutboxEvent } from '../events/outbox-event.entity.js';
import { HistoryEvent, type HistoryEventType } from './history-event.entity.js';

const OUTBOX_TYPE: Record<HistoryEventType, CustomerEventType> = {
  CUSTOMER_CREATED: 'customer.created',
  CUSTOMER_UPDATED: 'customer.updated',
  CUSTOMER_ACTIVATED: 'customer.activated',
  CUSTOMER_DEACTIVATED: 'customer.deactivated',
  CUSTOMER_DELETED: 'customer.deleted',
  CUSTOMER_TAGGED: 'customer.tagged',
  BALANCE_CHANGED: 'customer.balanceChanged',
  PURCHASE_RECORDED: 'customer.purchaseRecorded',
  PURCHASE_RETURNED: 'customer.purchaseReturned',
  TIER_CHANGED: 'customer.tierChanged',
  GROUPS_CHANGED: 'customer.groupsChanged',
  RFM_CHANGED: 'customer.rfmChanged',
  REFERRAL_RECORDED: 'customer.referred',
};

/** The outbox event a history event type becomes (for writers in SQL: see history_record). */
export function outboxType(type: HistoryEventType): CustomerEventType {
  return OUTBOX_TYPE[type];
}

export interface HistoryRecord {
  workspaceId: string;
  customerId: string;
  type: HistoryEventType;
  actor: Actor;
  changes: FieldChange[];
}

/** The history row and its outbox twin; the SQL function history_record writes the same shape. */
function rows(event: HistoryRecord, occurredAt: Date) {
  return {
    history: {
      workspaceId: event.workspaceId,
      customerId: event.customerId,
      type: event.type,
      actorKind: event.actor.kind,
      actorId: event.actor.id,
      actorName: event.actor.name,
      occurredAt,
      changes: event.changes,
    },
    outbox: {
      workspaceId: event.workspaceId,
      type: OUTBOX_TYPE[event.type],
      payload: {
        customerId: event.customerId,
        actor: event.actor,
        changes: event.changes,
        occurredAt: occurredAt.toISOString(),
      },
      createdAt: occurredAt,
    },
  };
}

export interface HistoryPageArgs {
  first: number;
  after?: string | null;
  types?: HistoryEventType[] | null;
}

/** The one way history is written: with the change, in its transaction, and into the outbox. */
export class HistoryService {
  constructor(private readonly orm: MikroORM) {}

  record(em: EntityManager, event: HistoryRecord): void {
    const { history, outbox } = rows(event, new Date());
    em.create(HistoryEvent, history);
    em.create(OutboxEvent, outbox);
  }

  /** Newest first, keyset on id. */
  async page(workspaceId: string, customerId: string, args: HistoryPageArgs) {
    const em = workspaceEm(this.orm, workspaceId);
    const where = {
      customerId,
      ...(args.types?.length ? { type: { $in: args.types } } : {}),
    };
    const totalCount = await em.count(HistoryEvent, where);
    const rows = await em.find(HistoryEvent, args.after ? { ...where, id: { $lt: args.after } } : where, {
      orderBy: { id: 'desc' },
      limit: args.first + 1,
    });
    const hasNextPage = rows.length > args.first;
    return { rows: rows.slice(0, args.first), hasNextPage, totalCount };
  }
}

/**
 * The history row and its outbox twin, written in the caller's SQL transaction (history_record): for
 * services that write through PreparedPool rather than an EntityManager.
 */
export async function recordHistory(
  run: Run,
  workspaceId: string,
  customerId: string,
  type: HistoryEventType,
  actor: Actor,
  changes: { key: string; oldValue: unknown; newValue: unknown }[],
): Promise<void> {
  await run('select history_record(?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())', [
    workspaceId,
    customerId,
    type,
    outboxType(type),
    actor.kind,
    actor.id,
    actor.name,
    JSON.stringify(changes),
  ]);
}
