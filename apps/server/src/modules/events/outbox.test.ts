import { type CustomerEvent, defineModule, type EventHandler } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { CUSTOMER_HISTORY } from '../customers/customer-history.js';
import { recordHistoryRows } from '../history/history-rows.js';
import { deliveryRound, OUTBOX_KEPT_DAYS, OutboxDispatcher } from './outbox-dispatcher.js';

const seen: string[] = [];
/** Every event recorder.events was handed, whole. */
const events: CustomerEvent[] = [];
let failuresLeft = 0;
let flakyAttempts = 0;
/** The first names in each call recorder.many had, and how many of its next calls throw. */
const manyCalls: string[][] = [];
let manyFailuresLeft = 0;
const recorder = defineModule({
  name: 'recorder',
  eventHandlers: [
    {
      name: 'recorder.flaky',
      events: ['customer.created'],
      async handle() {
        flakyAttempts++;
        if (failuresLeft > 0) {
          failuresLeft--;
          throw new Error('temporary outage');
        }
        seen.push('flaky:ok');
      },
    },
    {
      name: 'recorder.city',
      events: ['customer.created', 'customer.updated'],
      changedKeys: { 'customer.updated': ['city'] },
      async handle(event: CustomerEvent) {
        seen.push(`city:${event.type}:${event.changes.map((c) => c.key).join(',')}`);
      },
    },
    {
      name: 'recorder.coins',
      events: ['customer.balanceChanged'],
      changedKeys: { 'customer.balanceChanged': ['balance.coins'] },
      async handle(event: CustomerEvent) {
        seen.push(`coins:${event.changes.map((c) => c.key).join(',')}`);
      },
    },
    {
      name: 'recorder.events',
      events: ['customer.updated'],
      async handle(event: CustomerEvent) {
        events.push(event);
      },
    },
    {
      name: 'recorder.updatesOnly',
      events: ['customer.created', 'customer.updated'],
      readsChanges: ['customer.updated'],
      async handle(event: CustomerEvent) {
        seen.push(`updatesOnly:${event.type}:${event.changes.map((c) => c.key).join(',')}`);
      },
    },
    {
      name: 'recorder.many',
      events: ['customer.created'],
      async handleMany(batch: CustomerEvent[]) {
        manyCalls.push(batch.map((e) => String(e.changes.find((c) => c.key === 'firstName')?.newValue)));
        if (manyFailuresLeft > 0) {
          manyFailuresLeft--;
          throw new Error('temporary outage');
        }
      },
    },
    {
      name: 'recorder.all',
      events: ['customer.created', 'customer.updated', 'customer.deleted'],
      async handle(event: CustomerEvent) {
        seen.push(`${event.type}:${event.changes.map((c) => c.key).join(',')}`);
      },
    },
  ],
});

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ plugins: [recorder] });
  ws = await server.workspace();
});
afterAll(async () => server?.close());

/** What recorder.all was handed, as "type:changed keys". */
const ofAll = () => seen.filter((s) => s.startsWith('customer.'));

describe('events after commit (outbox)', () => {
  it('delivers each committed change once per handler, in order', async () => {
    seen.length = 0;
    const { createCustomer } = await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "E" } }) { id } }',
    );
    await ws.as.MANAGER.requestOk(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { city: "Qom" } }) { id } }',
      {
        id: createCustomer.id,
      },
    );
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    expect(ofAll()).toEqual(['customer.created:firstName', 'customer.updated:city']);
    expect(seen.filter((s) => s === 'flaky:ok')).toHaveLength(1);
    // A handler gets the changes of only the types it says it reads.
    expect(seen.filter((s) => s.startsWith('updatesOnly:'))).toEqual([
      'updatesOnly:customer.created:',
      'updatesOnly:customer.updated:city',
    ]);
  });

  it('passes over events that change none of the keys a handler asked for', async () => {
    seen.length = 0;
    const { createCustomer } = await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "C" } }) { id } }',
    );
    const update = (attributes: Record<string, string>) =>
      ws.as.MANAGER.requestOk(
        'mutation($id: ID!, $a: JSON!) { updateCustomer(id: $id, input: { attributes: $a }) { id } }',
        {
          id: createCustomer.id,
          a: attributes,
        },
      );
    await update({ lastName: 'Nope' });
    await update({ city: 'Tabriz' });
    await server.app.outbox.drain();
    expect(seen.filter((s) => s.startsWith('city:'))).toEqual([
      'city:customer.created:firstName',
      'city:customer.updated:city',
    ]);
    expect(ofAll()).toHaveLength(3);
  });

  it('a ledger operation kicks a round only when a handler takes it', async () => {
    seen.length = 0;
    const { createCustomer } = await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "K" } }) { id } }',
    );
    await server.app.outbox.drain();
    const adjust = (currency: string) =>
      ws.as.OPERATOR.requestOk(
        'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }',
        { input: { customerId: createCustomer.id, currency, amount: 5, idempotencyKey: `kick-${currency}` } },
      );
    // Nobody takes a credit change, so no round starts (a round would move the handlers' cursors past
    // it); the coins change does start one, without a poll.
    const cursors = () =>
      server.app.orm.em
        .getConnection()
        .execute('select handler, last_tx, last_event_id from outbox_cursor order by handler');
    const before = await cursors();
    await adjust('credit');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cursors()).toEqual(before);
    await adjust('coins');
    for (let waited = 0; !seen.some((s) => s.startsWith('coins:')) && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.filter((s) => s.startsWith('coins:'))).toEqual(['coins:balance.coins,operation']);
    await server.app.outbox.drain();
    expect(seen.filter((s) => s.startsWith('coins:'))).toEqual(['coins:balance.coins,operation']);
  });

  it('a change that was refused produces no event', async () => {
    seen.length = 0;
    const refused = await ws.as.MANAGER.request(
      'mutation { createCustomer(input: { attributes: { mobile: "nope" } }) { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await server.app.outbox.drain();
    expect(seen).toEqual([]);
  });

  it('a failing handler is retried on a later round without holding back the others', async () => {
    seen.length = 0;
    flakyAttempts = 0;
    failuresLeft = 1;
    await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "F" } }) { id } }',
    );
    for (let round = 0; round < 3; round++) await server.app.outbox.drain();
    expect(ofAll()).toEqual(['customer.created:firstName']);
    expect(seen.filter((s) => s === 'flaky:ok')).toHaveLength(1);
    expect(flakyAttempts).toBe(2);
  });

  it('keeps a cursor per handler: settled events are never searched again, a failed one holds it back', async () => {
    const sql = <T>(text: string, params: unknown[] = []) =>
      server.app.orm.em.getConnection().execute<T[]>(text, params);
    const cursor = async (handler: string) =>
      Number(
        (
          await sql<{ id: string }>('select last_event_id as id from outbox_cursor where handler = ?', [
            handler,
          ])
        )[0]?.id ?? 0,
      );
    seen.length = 0;
    failuresLeft = 100;
    await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "G" } }) { id } }',
    );
    await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "H" } }) { id } }',
    );
    const [first] = await sql<{ id: string }>(
      "select min(id) as id from outbox_event where type = 'customer.created' and payload->'changes' @> '[{\"newValue\": \"G\"}]'",
    );
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    expect(ofAll()).toEqual(['customer.created:firstName', 'customer.created:firstName']);
    const last = Number((await sql<{ id: string }>('select max(id) as id from outbox_event'))[0]?.id);
    expect(await cursor('recorder.all')).toBe(last);
    // The flaky handler failed on G: its cursor waits before it.
    expect(await cursor('recorder.flaky')).toBeLessThan(Number(first?.id));
    failuresLeft = 0;
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    expect(seen.filter((s) => s === 'flaky:ok')).toHaveLength(2);
    expect(await cursor('recorder.flaky')).toBe(last);
  });

  it('delivers the events of a batch of history rows with the changes of their history rows', async () => {
    const sql = <T>(text: string, params: unknown[] = []) =>
      server.app.orm.em.getConnection().execute<T[]>(text, params);
    const { createCustomer } = await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "B" } }) { id } }',
    );
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    seen.length = 0;
    events.length = 0;
    const actor = { kind: 'staff' as const, id: null, name: 'Bulk writer' };
    const lastName = [{ key: 'lastName', oldValue: null, newValue: 'Bahari' }];
    const city = [{ key: 'city', oldValue: 'Qom', newValue: { text: 'Rasht "north"' } }];
    await server.app.services.sql.transaction((run) =>
      recordHistoryRows(run, ws.id, actor, [
        { customerId: createCustomer.id, type: CUSTOMER_HISTORY.updated, changes: lastName },
        { customerId: createCustomer.id, type: CUSTOMER_HISTORY.updated, changes: city },
      ]),
    );
    // The outbox rows name their history rows instead of copying the changes.
    const history = await sql<{ id: string; ms: string; changes: unknown }>(
      "select id, floor(extract(epoch from occurred_at) * 1000)::bigint as ms, changes from history_event where workspace_id = ? and customer_id = ? and type = 'CUSTOMER_UPDATED' order by id",
      [ws.id, createCustomer.id],
    );
    const outbox = await sql<{ type: string; payload: Record<string, unknown> }>(
      "select type, payload from outbox_event where workspace_id = ? and payload->>'customerId' = ? and type = 'customer.updated' order by id",
      [ws.id, createCustomer.id],
    );
    expect(history.map((h) => h.changes)).toEqual([lastName, city]);
    expect(outbox.map((o) => o.payload.historyId)).toEqual(history.map((h) => Number(h.id)));
    expect(outbox.every((o) => !('changes' in o.payload))).toBe(true);

    await server.app.outbox.drain();
    await server.app.outbox.drain();
    // Handlers see the history rows' changes, and a handler's changedKeys still picks among them.
    expect(ofAll()).toEqual(['customer.updated:lastName', 'customer.updated:city']);
    expect(seen.filter((s) => s.startsWith('city:'))).toEqual(['city:customer.updated:city']);
    expect(seen.filter((s) => s.startsWith('updatesOnly:'))).toEqual([
      'updatesOnly:customer.updated:lastName',
      'updatesOnly:customer.updated:city',
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'customer.updated',
        workspaceId: ws.id,
        customerId: createCustomer.id,
        actor,
        changes: lastName,
        occurredAt: new Date(Number(history[0]?.ms)),
      }),
      expect.objectContaining({ type: 'customer.updated', changes: city }),
    ]);
  });
});

describe('a handler that takes a round at once (handleMany)', () => {
  it('gets the round in one call, in id order, and all of it again after a throw', async () => {
    await server.app.outbox.drain();
    await server.app.outbox.hold(async () => {
      for (const name of ['M1', 'M2', 'M3'])
        await ws.as.MANAGER.requestOk(
          `mutation { createCustomer(input: { attributes: { firstName: "${name}" } }) { id } }`,
        );
    });
    manyCalls.length = 0;
    manyFailuresLeft = 1;
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    expect(manyCalls).toEqual([
      ['M1', 'M2', 'M3'],
      ['M1', 'M2', 'M3'],
    ]);
  });
});

describe('delivery in rounds', () => {
  const sql = <T>(text: string, params: unknown[] = []) =>
    server.app.orm.em.getConnection().execute<T[]>(text, params);
  /** Every customer.created event so far, after three more customers, in id order. */
  const createdEvents = async () => {
    for (const name of ['R1', 'R2', 'R3'])
      await ws.as.MANAGER.requestOk(
        `mutation { createCustomer(input: { attributes: { firstName: "${name}" } }) { id } }`,
      );
    return (
      await sql<{ id: string }>("select id from outbox_event where type = 'customer.created' order by id")
    ).map((r) => String(r.id));
  };
  /** The id of the last event a handler's cursor has passed. */
  const passed = async (handler: string) =>
    (
      await sql<{ id: string }>('select last_event_id as id from outbox_cursor where handler = ?', [handler])
    )[0]?.id;
  /** A dispatcher of its own for one handler, on the app's pool. */
  const dispatcherOf = (handler: EventHandler) =>
    new OutboxDispatcher(server.app.services.sql, [{ handler, services: server.app.services }], () => {});

  it('records the events handed over before a handler throws; the rest come on a later round, in order', async () => {
    const all = await createdEvents();
    const handed: string[] = [];
    let failOn: string | undefined = all[2];
    const dispatcher = dispatcherOf({
      name: 'rounds.failing',
      events: ['customer.created'],
      async handle(event) {
        if (event.id === failOn) {
          failOn = undefined;
          throw new Error('temporary outage');
        }
        handed.push(event.id);
      },
    });
    await dispatcher.drain();
    expect(handed).toEqual(all.slice(0, 2));
    expect(await passed('rounds.failing')).toBe(all[1]);
    await dispatcher.drain();
    expect(handed).toEqual(all);
    // All handed over: on to the last event there is, whatever its type.
    expect(Number(await passed('rounds.failing'))).toBeGreaterThanOrEqual(Number(all.at(-1)));
  });

  it('stop ends delivery after the event being handed over; the rest wait for the next start', async () => {
    const all = await createdEvents();
    const handed: string[] = [];
    let stopped: Promise<void> | undefined;
    const handler: EventHandler = {
      name: 'rounds.stopped',
      events: ['customer.created'],
      async handle(event) {
        handed.push(event.id);
        if (handed.length === 2) stopped = first.stop();
      },
    };
    const first = dispatcherOf(handler);
    await first.drain();
    await stopped;
    expect(handed).toEqual(all.slice(0, 2));
    expect(await passed('rounds.stopped')).toBe(all[1]);
    // A stopped dispatcher starts no round when kicked.
    first.kick();
    await first.drain();
    expect(handed).toHaveLength(2);
    await dispatcherOf(handler).drain();
    expect(handed).toEqual(all);
  });
});

describe('a transaction that commits after later events', () => {
  it('has its event handed over first once it ends; the later ones wait for it and none is passed over', async () => {
    await server.app.outbox.drain();
    seen.length = 0;
    let commit = () => {};
    let inserted = () => {};
    const ready = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const early = server.app.services.sql.transaction(async (run) => {
      await run(
        `insert into outbox_event (workspace_id, type, payload)
         values (?, 'customer.updated', jsonb_build_object('customerId', gen_random_uuid(), 'occurredAt', now(),
                 'changes', '[{"key": "early"}]'::jsonb))`,
        [ws.id],
      );
      inserted();
      await new Promise<void>((resolve) => {
        commit = resolve;
      });
    });
    await ready;
    // Committed while the early event's transaction (a lower id) is still open.
    await ws.as.MANAGER.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "Late" } }) { id } }',
    );
    // A round now hands over nothing; drain looks again until the early transaction has ended.
    const drained = server.app.outbox.drain();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ofAll()).toEqual([]);
    commit();
    await early;
    await drained;
    expect(ofAll()).toEqual(['customer.updated:early', 'customer.created:firstName']);
  });
});

describe('a round with a long outbox behind its cursor', () => {
  /** The rows every plan node over `table` read (returned or filtered out), all loops counted. */
  const rowsFrom = (node: PlanNode, table: string): number =>
    (node['Relation Name'] === table
      ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops']
      : 0) + (node.Plans ?? []).reduce((sum, child) => sum + rowsFrom(child, table), 0);

  it('reads the events after its cursor, a round at most, and the horizon', async () => {
    const sql = server.app.services.sql;
    // A type of its own, so no other handler of this server takes the 30,000 events.
    const handler = { events: ['probe.happened'] as unknown as CustomerEvent['type'][] };
    await sql.query(
      `insert into outbox_event (workspace_id, type, payload)
       select ?, 'probe.happened', jsonb_build_object('customerId', gen_random_uuid()) from generate_series(1, 30000)`,
      [ws.id],
    );
    try {
      await sql.query('analyze outbox_event', []);
      // The cursor 1,000 events before the end.
      const [cursor] = await sql.query<{ tx: string; id: string }>(
        `select tx, id from outbox_event where type = 'probe.happened' order by tx desc, id desc offset 1000 limit 1`,
        [],
      );
      if (!cursor) throw new Error('no cursor');
      const round = deliveryRound(handler, cursor);
      // The events are there for the round once no older transaction runs.
      let rows: { horizon: boolean }[] = [];
      for (let waited = 0; rows.length < 501 && waited < 5000; waited += 50) {
        rows = await sql.query<{ horizon: boolean }>(round.sql, round.params);
        if (rows.length < 501) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(rows.filter((r) => !r.horizon)).toHaveLength(500);
      const [explained] = await sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `explain (analyze, format json) ${round.sql}`,
        round.params,
      );
      const plan = explained?.['QUERY PLAN'][0].Plan;
      if (!plan) throw new Error('no plan');
      // A round's 500 events from the cursor on, the horizon and the newest event: not the 29,000
      // before the cursor, nor a scan of the outbox for events waiting.
      expect(rowsFrom(plan, 'outbox_event')).toBeLessThanOrEqual(502);
    } finally {
      await sql.query(`delete from outbox_event where type = 'probe.happened'`, []);
    }
  });
});

describe('pruning delivered events (events.prune)', () => {
  const sql = <T>(text: string, params: unknown[] = []) =>
    server.app.orm.em.getConnection().execute<T[]>(text, params);
  const ids = async () =>
    (await sql<{ id: string }>('select id from outbox_event order by 1')).map((r) => String(r.id));
  const create = (name: string) =>
    ws.as.MANAGER.requestOk(
      `mutation { createCustomer(input: { attributes: { firstName: "${name}" } }) { id } }`,
    );
  const pruneAll = async (dispatcher: OutboxDispatcher) => {
    while (await dispatcher.prune()) {
      // one batch a call
    }
  };

  it('deletes the events every handler has passed once a week old', async () => {
    await create('Old');
    await server.app.services.events.drain();
    await sql(`update outbox_event set created_at = now() - make_interval(days => ${OUTBOX_KEPT_DAYS + 1})`);
    const old = await ids();
    expect(old.length).toBeGreaterThan(0);

    const late = new OutboxDispatcher(
      server.app.services.sql,
      [
        {
          handler: { name: 'prune.late', events: ['customer.created'], async handle() {} },
          services: server.app.services,
        },
      ],
      () => {},
    );
    await pruneAll(late);
    expect(await ids()).toEqual(old);

    // Passed by every handler but not a week old: kept.
    await create('Fresh');
    await server.app.services.events.drain();
    const fresh = (await ids()).filter((id) => !old.includes(id));
    expect(fresh.length).toBeGreaterThan(0);
    // Old, but not yet passed by a handler whose cursor stands before it: kept as well.
    const [first] = await sql<{ tx: string; id: string }>(
      'select tx, id from outbox_event order by tx, id limit 1',
    );
    await sql(`update outbox_cursor set last_tx = ?, last_event_id = ? where handler = 'recorder.all'`, [
      first?.tx,
      first?.id,
    ]);
    // The kernel's job, as the queue runs it every hour.
    await server.app.jobs.kick('events.prune');
    expect(await ids()).toEqual([...old.filter((id) => id !== String(first?.id)), ...fresh]);
    await server.app.services.events.drain();
    await server.app.jobs.kick('events.prune');
    expect(await ids()).toEqual(fresh);
  });
});
