import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor, CustomerEventType, FieldChange } from '@patron/sdk';
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
};

export interface HistoryRecord {
  workspaceId: string;
  customerId: string;
  type: HistoryEventType;
  actor: Actor;
  changes: FieldChange[];
}

/** The history row and its outbox twin: one shape, whichever way they are written. */
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

  /**
   * The same two rows as data-modifying CTEs (`history_row`, `outbox_row`) for a caller that writes
   * its change in one hand-written statement (the ledger); params follow the SQL text in order.
   */
  recordSql(event: HistoryRecord): { ctes: string; params: unknown[] } {
    const { history: h, outbox: o } = rows(event, new Date());
    return {
      ctes: `history_row as (insert into history_event
          (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
          values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)),
        outbox_row as (insert into outbox_event (workspace_id, type, payload, created_at)
          values (?, ?, ?::jsonb, ?))`,
      params: [
        h.workspaceId,
        h.customerId,
        h.type,
        h.actorKind,
        h.actorId,
        h.actorName,
        h.occurredAt,
        JSON.stringify(h.changes),
        o.workspaceId,
        o.type,
        JSON.stringify(o.payload),
        o.createdAt,
      ],
    };
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
