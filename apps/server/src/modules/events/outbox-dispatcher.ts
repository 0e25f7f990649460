import type { CustomerEvent, EventHandler, PatronServices } from '@patron/sdk';
import type { PreparedPool } from '../../db/prepared-pool.js';

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
  /** The event's transaction (xid8, as text). */
  tx: string;
  /** The round's last row: where the outbox ends for the handler now (see ROUND), not an event. */
  horizon: boolean;
  /** On the last row: events have committed that wait for an older transaction still running. */
  waiting: boolean;
}

/** A position in the outbox: a transaction and an event id in it. */
interface Position {
  tx: string;
  id: string;
}

/** Events claimed by one round; the handler's cursor moves once after it (one commit). */
const BATCH = 500;

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
 * One round for one handler, in one statement and so one snapshot: the next events it takes after its
 * cursor (?2 transaction, ?3 event id), in the order (transaction, id), with their changes for the
 * types whose changes it reads (?1); then one more row, the horizon: the last event of any type there
 * is for it now (none in an empty outbox), and whether committed events wait behind it.
 *
 * Only events of transactions that have ended before every transaction still running began are read
 * (`tx` below the snapshot's xmin): ids are taken at insert, so a transaction may commit an event
 * after later ids are visible, but no transaction can still add an event below that line. A cursor is
 * therefore an exact position, nothing appears behind it, and it moves without a delivery row per
 * event: to the last event handed over, or to the horizon once a round has handed over all it read.
 * An event waits while a transaction older than its own runs (an import's chunk: a second).
 */
const ROUND = `with ended as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
  picked as (
    select e.id, e.workspace_id, e.type, e.payload, e.tx,
           case when e.type = any(?::text[]) then ${CHANGES} else '[]'::jsonb end as changes
      from outbox_event e
     where (e.tx, e.id) > (?::xid8, ?::bigint) and e.tx < (select xmin from ended) and ${WANTED}
     order by e.tx, e.id limit ${BATCH}),
  horizon as (
    select e.id, e.tx from outbox_event e
     where e.tx < (select xmin from ended) order by e.tx desc, e.id desc limit 1)
  select id, workspace_id, type, payload, changes, tx, false as horizon, false as waiting from picked
  union all
  select h.id, null, null, null, null, h.tx, true,
         (select max(w.tx) from outbox_event w) >= (select xmin from ended)
    from (select) one left join horizon h on true
  order by horizon, tx, id`;

/** Where handlers (?1) stand; a handler with no round yet has no row. */
const CURSORS = 'select last_tx as tx, last_event_id as id from outbox_cursor where handler = any(?::text[])';

/** Moves a handler's cursor (?1) up to a position (?2, ?3); never back (another process may be ahead). */
const ADVANCE = `insert into outbox_cursor as k (handler, last_tx, last_event_id) values (?, ?::xid8, ?::bigint)
  on conflict (handler) do update set last_tx = excluded.last_tx, last_event_id = excluded.last_event_id
   where (excluded.last_tx, excluded.last_event_id) > (k.last_tx, k.last_event_id)`;

/** How long a delivered event stays in the outbox (to look into a delivery); history keeps it for good. */
export const OUTBOX_KEPT_DAYS = 7;
const PRUNE_BATCH = 10_000;

/** One batch of the events up to a position (?1, ?2) older than ?3 days. */
const PRUNE = `with gone as (
    delete from outbox_event where (workspace_id, id) in (
      select workspace_id, id from outbox_event
       where (tx, id) <= (?::xid8, ?::bigint) and created_at < now() - make_interval(days => ?)
       order by tx, id limit ${PRUNE_BATCH})
    returning 1)
  select count(*)::int as n from gone`;

/**
 * How long drain() goes on looking again while events wait for an older transaction and none is
 * handed over (a transaction left open); the poll and the next commit look again later.
 */
const WAIT_LIMIT_MS = 10_000;

/** Past every event: with no handler, every old event may go. */
const END: Position = { tx: '18446744073709551615', id: '9223372036854775807' };

const before = (a: Position, b: Position) =>
  BigInt(a.tx) < BigInt(b.tx) || (a.tx === b.tx && BigInt(a.id) < BigInt(b.id));

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

/** The round statement for one handler whose cursor is at `cursor`, and its parameters. */
export function deliveryRound(
  handler: Pick<EventHandler, 'events' | 'changedKeys' | 'readsChanges'>,
  cursor: Position,
): { sql: string; params: unknown[] } {
  return {
    sql: ROUND,
    params: [handler.readsChanges ?? handler.events, cursor.tx, cursor.id, ...wanted(handler)],
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
   * while there may be more. Without it the outbox grew with every change for good. Only events every
   * handler's cursor has passed go; while a handler has no cursor yet (a plugin just added has not had
   * its first round), nothing goes: it may still want them.
   */
  async prune(): Promise<boolean> {
    const names = this.handlers.map((h) => h.name);
    const cursors = await this.sql.query<Position>(CURSORS, [names]);
    if (cursors.length < names.length) return false;
    const upto = cursors.reduce((low, c) => (before(c, low) ? c : low), END);
    const [row] = await this.sql.query<{ n: number }>(PRUNE, [upto.tx, upto.id, OUTBOX_KEPT_DAYS]);
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

  /**
   * Delivers everything committed now; resolves when done (tests wait on it). Events that wait for an
   * older transaction still running are looked for again, sooner at first, until they are handed over.
   */
  drain(): Promise<void> {
    const round = this.queue.then(async () => {
      this.pending = false;
      let progressAt = Date.now();
      for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
        let waiting = false;
        for (const { handler, services } of this.deliveries) {
          try {
            for (;;) {
              const batch = await this.deliverBatch(handler, services);
              waiting ||= batch.waiting;
              if (batch.handed > 0) progressAt = Date.now();
              if (this.stopping || batch.handed < BATCH) break;
            }
          } catch (error) {
            this.log(`event handler ${handler.name} failed, will retry: ${(error as Error).message}`);
          }
        }
        if (!waiting || this.stopping || Date.now() - progressAt > WAIT_LIMIT_MS) return;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    });
    this.queue = round;
    return round;
  }

  /**
   * One round for one handler: claims up to BATCH events, hands them over one by one in order (or all
   * at once to handleMany), and then moves its cursor in one statement (one commit): past the events
   * handed over, also when a handler throws (the events before it are not handed over again; it and
   * those after it are, on a later round), and on to the horizon once it has had all the round read.
   * Delivery stays at least once: a crash before the move hands the round's events over again.
   */
  private async deliverBatch(
    handler: EventHandler,
    services: PatronServices,
  ): Promise<{ handed: number; waiting: boolean }> {
    const [cursor = { tx: '0', id: '0' }] = await this.sql.query<Position>(CURSORS, [[handler.name]]);
    const round = deliveryRound(handler, cursor);
    const rows = await this.sql.query<OutboxRow>(round.sql, round.params);
    const events = rows.filter((row) => !row.horizon);
    const last = rows.find((row) => row.horizon);
    const horizon = last?.tx ? last : null;
    const result = { handed: 0, waiting: last?.waiting ?? false };
    let passed: Position | null = null;
    try {
      if (handler.handleMany) {
        if (this.stopping) return result;
        if (events.length > 0) await handler.handleMany(events.map(eventOf), services);
        passed = events.at(-1) ?? null;
        result.handed = events.length;
      } else
        for (const row of events) {
          if (this.stopping) return result;
          await handler.handle?.(eventOf(row), services);
          passed = row;
          result.handed++;
        }
      if (events.length < BATCH && horizon) passed = horizon;
    } finally {
      if (passed && before(cursor, passed))
        await this.sql.query(ADVANCE, [handler.name, passed.tx, passed.id]);
    }
    return result;
  }
}
