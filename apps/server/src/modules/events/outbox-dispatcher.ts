import type { MikroORM } from '@mikro-orm/postgresql';
import type { CustomerEvent, EventHandler, PatronServices } from '@patron/sdk';

interface OutboxRow {
  id: string;
  workspace_id: string;
  type: string;
  payload: {
    customerId: string;
    actor: CustomerEvent['actor'];
    changes: CustomerEvent['changes'];
    occurredAt: string;
  };
}

const BATCH = 100;
/**
 * A transaction may commit its events after later ids are visible. A cursor candidate (the newest id
 * seen in a round) is settled once every transaction that was running then has ended.
 */
const SETTLED =
  'k.candidate_xmax is not null and pg_snapshot_xmin(pg_current_snapshot()) >= k.candidate_xmax';

/** The events a handler takes: its types, and for types with changedKeys only events changing one of them. */
const WANTED = `e.type in (select jsonb_array_elements_text(?::jsonb))
  and (not jsonb_exists(?::jsonb, e.type) or exists (select 1 from jsonb_array_elements(e.payload->'changes') c
        where jsonb_exists(?::jsonb -> e.type, c->>'key')))`;

/**
 * Delivers committed events to module handlers, at least once, in order per handler.
 * A handler that throws is retried on the next round; the others go on.
 */
export class OutboxDispatcher {
  /** Delivery rounds run one after another, so two rounds never hand the same event to a handler. */
  private queue: Promise<void> = Promise.resolve();
  private pending = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly handlers: EventHandler[],
    private readonly services: PatronServices,
    private readonly log: (message: string) => void,
  ) {}

  start(pollMs = 2000): void {
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.queue;
  }

  /** Asks for a delivery round soon; called after every commit that wrote events. */
  kick(): void {
    if (this.handlers.length === 0 || this.pending) return;
    this.pending = true;
    void this.drain();
  }

  /** Delivers everything pending now; resolves when done (tests wait on it). */
  drain(): Promise<void> {
    const round = this.queue.then(async () => {
      this.pending = false;
      for (const handler of this.handlers) {
        try {
          while ((await this.deliverBatch(handler)) === BATCH) {
            // keep going until the handler has caught up
          }
        } catch (error) {
          this.log(`event handler ${handler.name} failed, will retry: ${(error as Error).message}`);
        }
      }
    });
    this.queue = round;
    return round;
  }

  private async deliverBatch(handler: EventHandler): Promise<number> {
    const conn = this.orm.em.getConnection();
    const types = JSON.stringify(handler.events);
    const keys = JSON.stringify(handler.changedKeys ?? {});
    const [cursor] = await conn.execute<{ last_event_id: string }[]>(
      'select last_event_id from outbox_cursor where handler = ?',
      [handler.name],
    );
    const after = cursor?.last_event_id ?? '0';
    const rows = await conn.execute<OutboxRow[]>(
      `select e.id, e.workspace_id, e.type, e.payload from outbox_event e
        where e.id > ? and ${WANTED} and not exists
          (select 1 from outbox_delivery d where d.event_id = e.id and d.handler = ?)
        order by e.id limit ${BATCH}`,
      [after, types, keys, keys, handler.name],
    );
    // Before handling, so a throw below cannot skip the cursor past what failed. The cursor moves to
    // the candidate of an earlier round once every transaction running then has ended (none of them
    // can still commit an event below it), but never past the first event still undelivered now.
    await conn.execute(
      `insert into outbox_cursor as k (handler, last_event_id, candidate_id, candidate_xmax)
       values (?, 0, (select max(id) from outbox_event), pg_snapshot_xmax(pg_current_snapshot()))
       on conflict (handler) do update set
         last_event_id = case when ${SETTLED} then greatest(k.last_event_id, least(k.candidate_id, coalesce(?::bigint - 1, k.candidate_id))) else k.last_event_id end,
         candidate_id = case when ${SETTLED} then excluded.candidate_id else k.candidate_id end,
         candidate_xmax = case when ${SETTLED} then excluded.candidate_xmax else k.candidate_xmax end`,
      [handler.name, rows[0]?.id ?? null],
    );
    for (const row of rows) {
      await handler.handle(
        {
          id: String(row.id),
          type: row.type as CustomerEvent['type'],
          workspaceId: row.workspace_id,
          customerId: row.payload.customerId,
          occurredAt: new Date(row.payload.occurredAt),
          actor: row.payload.actor,
          changes: row.payload.changes,
        },
        this.services,
      );
      await conn.execute(
        'insert into outbox_delivery (event_id, handler) values (?, ?) on conflict do nothing',
        [row.id, handler.name],
      );
    }
    return rows.length;
  }
}
