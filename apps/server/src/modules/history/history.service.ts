import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor, FieldChange, HistoryEventTypeDefinition } from '@patron/sdk';
import type { Run } from '../../db/prepared-pool.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { OutboxEvent } from '../events/outbox-event.entity.js';
import { HistoryEvent, type HistoryEventType } from './history-event.entity.js';

export interface HistoryRecord {
  workspaceId: string;
  customerId: string;
  type: HistoryEventTypeDefinition;
  actor: Actor;
  changes: FieldChange[];
}

/** The history row and its outbox twin; the SQL function history_record writes the same shape. */
function rows(event: HistoryRecord, occurredAt: Date) {
  return {
    history: {
      workspaceId: event.workspaceId,
      customerId: event.customerId,
      type: event.type.type,
      actorKind: event.actor.kind,
      actorId: event.actor.id,
      actorName: event.actor.name,
      occurredAt,
      changes: event.changes,
    },
    outbox: {
      workspaceId: event.workspaceId,
      type: event.type.event,
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
  /** At or after. */
  from?: Date | null;
  /** Before. */
  to?: Date | null;
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
      ...(args.from || args.to
        ? { occurredAt: { ...(args.from ? { $gte: args.from } : {}), ...(args.to ? { $lt: args.to } : {}) } }
        : {}),
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
  type: HistoryEventTypeDefinition,
  actor: Actor,
  changes: { key: string; oldValue: unknown; newValue: unknown }[],
): Promise<void> {
  await run('select history_record(?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())', [
    workspaceId,
    customerId,
    type.type,
    type.event,
    actor.kind,
    actor.id,
    actor.name,
    JSON.stringify(changes),
  ]);
}
