import type { CustomerEvent, EventHandler, PatronServices } from '@patron/sdk';
import { type PreparedPool, plannedEachTime } from '../../db/prepared-pool.js';

interface OutboxRow {
  id: string;
  workspace_id: string;
  type: string;
  payload: {
    customerId: string;
    actor: CustomerEvent['actor'];
    occurredAt: string;
  };
  changes: CustomerEvent['changes'];
}

/** Events claimed by one round, and recorded as delivered by one statement (one commit) after it. */
const BATCH = 500;
/**
 * A transaction may commit its events after later ids are visible. A cursor candidate (the newest id
 * seen in a round) is settled once every transaction that was running then has ended.
 */
const SETTLED =
  'k.candidate_xmax is not null and pg_snapshot_xmin(pg_current_snapshot()) >= k.candidate_xmax';

/** What a commit wrote to the outbox: an event type and the keys it changed. */
export interface OutboxWrite {
  type: string;
  keys: string[];
}

/**
 * An event's changes: its payload's copy, or (an outbox row written with a batch of history rows,
 * history-rows.ts) those of the history row it names. The history row is written in the same
 * transaction, so it is there whenever the event is.
 */
const CHANGES = `coalesce(e.payload->'changes', (select h.changes from history_event h
    where h.workspace_id = e.workspace_id and h.id = (e.payload->>'historyId')::bigint), '[]'::jsonb)`;

/**
 * The events a handler takes: its types (?1), and for the types with changedKeys (?2) only events
 * changing one of the "type key" pairs (?3). Plain arrays keep the plan simple; it is prepared once.
 */
const WANTED = `e.type = any(?::text[])
  and (e.type <> all(?::text[]) or exists (select 1 from jsonb_array_elements(${CHANGES}) c
        where e.type || ' ' || (c->>'key') = any(?::text[])))`;

/**
 * One round for one handler, in one statement: the next events after the handler's cursor that it
 * has not had, with their changes for the types whose changes it reads (the first parameter), and
 * (before they are handled, so a throw cannot skip the cursor past what failed) the cursor's move.
 * The cursor moves to the candidate of an earlier round once every transaction running then has
 * ended (none of them can still commit an event below it), but never past the first event still
 * undelivered now.
 *
 * Each event's delivery row is probed by its key (a sub-select per event, not `not exists`). As an
 * anti join PostgreSQL merged the events with every delivery row of the handler: a round read them
 * all, and a 200,000-customer import spent 22 of its 62 s of PostgreSQL statement time in rounds.
 * The cursor read just before comes as a value too (the second parameter; the cursor only moves up,
 * so the table's, maybe higher, is taken as well): planned each time with it, the estimate is the
 * events since it.
 */
const ROUND = plannedEachTime(`with picked as (
    select e.id, e.workspace_id, e.type, e.payload,
           case when e.type = any(?::text[]) then ${CHANGES} else '[]'::jsonb end as changes
      from outbox_event e
     where e.id > ? and e.id > coalesce((select last_event_id from outbox_cursor where handler = ?), 0) and ${WANTED}
       and (select true from outbox_delivery d
             where d.workspace_id = e.workspace_id and d.event_id = e.id and d.handler = ? limit 1) is null
     order by e.id limit ${BATCH}),
  moved as (
    insert into outbox_cursor as k (handler, last_event_id, candidate_id, candidate_xmax)
    values (?, 0, (select max(id) from outbox_event), pg_snapshot_xmax(pg_current_snapshot()))
    on conflict (handler) do update set
      last_event_id = case when ${SETTLED} then greatest(k.last_event_id, least(k.candidate_id, coalesce((select min(id) from picked) - 1, k.candidate_id))) else k.last_event_id end,
      candidate_id = case when ${SETTLED} then excluded.candidate_id else k.candidate_id end,
      candidate_xmax = case when ${SETTLED} then excluded.candidate_xmax else k.candidate_xmax end)
  select * from picked order by id`);

const CURSOR = 'select last_event_id from outbox_cursor where handler = ?';

/** Records a round's deliveries to one handler (?1): the events' workspaces (?2) and ids (?3). */
const DELIVERED = `insert into outbox_delivery (workspace_id, event_id, handler)
  select d.workspace_id, d.event_id, ? from unnest(?::uuid[], ?::bigint[]) as d(workspace_id, event_id)
  on conflict do nothing`;

/** How long a delivered event stays in the outbox (to look into a delivery); history keeps it for good. */
export const OUTBOX_KEPT_DAYS = 7;
const PRUNE_BATCH = 10_000;

/**
 * One batch of the events every handler (?1) has passed with its cursor, older than ?2 days; their
 * delivery rows go with them (on delete cascade). While a handler has no cursor yet (a plugin just
 * added has not had its first round), nothing goes: it may still want them.
 */
const PRUNE = `with passed as (
    select case when cardinality(?::text[]) = 0 then (select max(id) from outbox_event)
                when count(*) = cardinality(?::text[]) then min(last_event_id) end as upto
      from outbox_cursor where handler = any(?::text[])),
  gone as (
    delete from outbox_event where (workspace_id, id) in (
      select workspace_id, id from outbox_event
       where id <= (select upto from passed) and created_at < now() - make_interval(days => ?)
       order by id limit ${PRUNE_BATCH})
    returning 1)
  select count(*)::int as n from gone`;

const eventOf = (row: OutboxRow): CustomerEvent => ({
  id: String(row.id),
  type: row.type as CustomerEvent['type'],
  workspaceId: row.workspace_id,
  customerId: row.payload.customerId,
  occurredAt: new Date(row.payload.occurredAt),
  actor: row.payload.actor,
  changes: row.changes,
});

/** The parameters of WANTED for one handler. */
function wanted(handler: Pick<EventHandler, 'events' | 'changedKeys'>): [string[], string[], string[]] {
  const keyed = Object.entries(handler.changedKeys ?? {}) as [string, string[]][];
  return [
    handler.events,
    keyed.map(([type]) => type),
    keyed.flatMap(([type, keys]) => keys.map((key) => `${type} ${key}`)),
  ];
}

/** The round statement for one handler whose cursor was just read as `cursor`, and its parameters. */
export function deliveryRound(
  handler: Pick<EventHandler, 'name' | 'events' | 'changedKeys' | 'readsChanges'>,
  cursor: string,
): { sql: string; params: unknown[] } {
  return {
    sql: ROUND,
    params: [
      handler.readsChanges ?? handler.events,
      cursor,
      handler.name,
      ...wanted(handler),
      handler.name,
      handler.name,
    ],
  };
}

/** Whether a handler takes an event of this type changing these keys. */
function takes(handler: EventHandler, written: OutboxWrite, services: PatronServices): boolean {
  if (!(handler.events as string[]).includes(written.type)) return false;
  const keys = (handler.changedKeys as Record<string, string[] | undefined> | undefined)?.[written.type];
  if (keys && !written.keys.some((key) => keys.includes(key))) return false;
  return handler.wants?.(written as Parameters<NonNullable<EventHandler['wants']>>[0], services) ?? true;
}

/**
 * Delivers committed events to module handlers, at least once, in order per handler.
 * A handler that throws is retried on the next round; the others go on.
 */
export class OutboxDispatcher {
  /** Delivery rounds run one after another, so two rounds never hand the same event to a handler. */
  private queue: Promise<void> = Promise.resolve();
  private pending = false;
  /** Set by stop(): the round under way ends after the event it is handing over. */
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    /** Prepared statements: a round is planned once per connection, not once per commit. */
    private readonly sql: PreparedPool,
    /** Every module's handlers, each with the services of the module that declared it. */
    private readonly deliveries: readonly { handler: EventHandler; services: PatronServices }[],
    private readonly log: (message: string) => void,
  ) {
    for (const { handler } of deliveries)
      if (!handler.handle === !handler.handleMany)
        throw new Error(`event handler ${handler.name} must have handle or handleMany, not both`);
  }

  private get handlers(): EventHandler[] {
    return this.deliveries.map((d) => d.handler);
  }

  start(pollMs = 2000): void {
    this.stopping = false;
    this.timer = setInterval(() => this.kick(), pollMs);
    this.timer.unref();
    this.kick();
  }

  /**
   * Stops delivering: waits for the event being handed over, records what was delivered, and leaves
   * the rest in the outbox for the next start (a million imported events are not drained first).
   */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping = true;
    await this.queue;
  }

  /**
   * Asks for a delivery round soon; called after every commit that wrote events. A writer that says
   * what it wrote starts no round when no handler takes it (a till's coin changes and no plugin
   * listening): the poll moves the cursors past such events later.
   */
  kick(written?: OutboxWrite): void {
    if (this.handlers.length === 0 || this.pending || this.stopping) return;
    if (written && !this.deliveries.some(({ handler, services }) => takes(handler, written, services)))
      return;
    this.pending = true;
    void this.drain();
  }

  /**
   * Deletes one batch of delivered events older than OUTBOX_KEPT_DAYS (job `events.prune`); true
   * while there may be more. Without it the outbox and its delivery rows grew with every change
   * for good: a million imported customers left three million rows behind.
   */
  async prune(): Promise<boolean> {
    const names = this.handlers.map((h) => h.name);
    const [row] = await this.sql.query<{ n: number }>(PRUNE, [names, names, names, OUTBOX_KEPT_DAYS]);
    return (row?.n ?? 0) === PRUNE_BATCH;
  }

  /**
   * Runs `work` with no delivery round during it: rounds asked for meanwhile wait until it is done
   * (tests: a customer created and given consent before any handler sees the creation).
   */
  hold<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.then(
      () => {},
      () => {},
    );
    return result;
  }

  /** Delivers everything pending now; resolves when done (tests wait on it). */
  drain(): Promise<void> {
    const round = this.queue.then(async () => {
      this.pending = false;
      for (const { handler, services } of this.deliveries) {
        try {
          while (!this.stopping && (await this.deliverBatch(handler, services)) === BATCH) {
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

  /**
   * One round for one handler: claims up to BATCH events, hands them over one by one in id order (or
   * all at once to handleMany), and then records those handed over in one statement (one commit), also
   * when a handler throws (the events before it are not handed over again; it and those after it are,
   * on a later round). Delivery stays at least once: a crash before the record hands the round's
   * events over again.
   */
  private async deliverBatch(handler: EventHandler, services: PatronServices): Promise<number> {
    const [cursor] = await this.sql.query<{ last_event_id: string }>(CURSOR, [handler.name]);
    const round = deliveryRound(handler, cursor?.last_event_id ?? '0');
    const rows = await this.sql.query<OutboxRow>(round.sql, round.params);
    const delivered: OutboxRow[] = [];
    try {
      if (handler.handleMany) {
        if (this.stopping || rows.length === 0) return 0;
        await handler.handleMany(rows.map(eventOf), services);
        delivered.push(...rows);
      } else
        for (const row of rows) {
          if (this.stopping) return 0;
          await handler.handle?.(eventOf(row), services);
          delivered.push(row);
        }
    } finally {
      if (delivered.length > 0)
        await this.sql.query(DELIVERED, [
          handler.name,
          delivered.map((row) => row.workspace_id),
          delivered.map((row) => row.id),
        ]);
    }
    return rows.length;
  }
}
