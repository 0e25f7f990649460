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
    const rows = await conn.execute<OutboxRow[]>(
      `select e.id, e.workspace_id, e.type, e.payload from outbox_event e
        where e.type in (select jsonb_array_elements_text(?::jsonb)) and not exists
          (select 1 from outbox_delivery d where d.event_id = e.id and d.handler = ?)
        order by e.id limit ${BATCH}`,
      [JSON.stringify(handler.events), handler.name],
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
