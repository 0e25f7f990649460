import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { segmentOf, segmentSql } from './rfm-segments.js';
import { rfmTestData } from './rfm-test-data.js';

const RECOMPUTE = 'mutation { recomputeRfm { customersScored segmentsChanged durationMs } }';
const RFM = `query($id: ID!) { customer(id: $id) { rfm {
  recencyDays frequency monetary r f m segment since computedAt history { segment from } } } }`;
const SEGMENTS = '{ rfmSegments { segment label { en ru fa } customers } }';

let server: TestServer;
let ws: TestWorkspace;
let data: ReturnType<typeof rfmTestData>;

interface Rfm {
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: string;
  since: string;
  computedAt: string;
  history: { segment: string | null; from: string }[];
}

async function rfmOf(id: string, as: TestWorkspace = ws): Promise<Rfm | null> {
  return (await as.as.ANALYST.requestOk(RFM, { id })).customer.rfm;
}

async function recompute(as: TestWorkspace = ws) {
  return (await as.as.ADMIN.requestOk(RECOMPUTE)).recomputeRfm as {
    customersScored: number;
    segmentsChanged: number;
    durationMs: number;
  };
}

async function counts(as: TestWorkspace = ws): Promise<Record<string, number>> {
  const { rfmSegments } = await as.as.ANALYST.requestOk(SEGMENTS);
  return Object.fromEntries(
    (rfmSegments as { segment: string; customers: number }[])
      .filter((s) => s.customers > 0)
      .map((s) => [s.segment, s.customers]),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  data = rfmTestData(server.app);
});
afterAll(async () => server?.close());

describe('the segment map in SQL', () => {
  it('gives every (R, F) pair the segment the TypeScript table gives it', async () => {
    const rows = await data.sql<{ r: number; f: number; segment: string }>(
      `select r, f, ${segmentSql('r', 'f')} as segment
         from generate_series(1, 5) r cross join generate_series(1, 5) f order by r, f`,
    );
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(row.segment, `${row.r}${row.f}`).toBe(segmentOf(row.r, row.f));
  });
});

describe('recomputing RFM', () => {
  // Five buyers, so each score is simply the rank (1..5) of the customer's figure.
  //            days  purchases        monetary   R F M  segment
  //  Ava          1  5 × 20            100       5 5 2  CHAMPIONS
  //  Boris        5  1 × 900           900       4 1 5  PROMISING
  //  Cyrus       20  3 × 100           300       3 3 4  NEED_ATTENTION
  //  Dana        60  4 × 10             40       2 4 1  AT_RISK
  //  Elham      200  2 × 100           200       1 2 3  HIBERNATING
  // Not scored: Farid (no purchase), Gita (deleted), Hana (her one purchase fully returned), and a
  // customer of another workspace.
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const w = ws.id;
    for (const name of ['Ava', 'Boris', 'Cyrus', 'Dana', 'Elham', 'Farid', 'Hana'])
      ids[name] = await data.customer(w, name);
    ids.Gita = await data.customer(w, 'Gita', true);
    const buy = (name: string, amount: number, days: number, returned = 0) =>
      data.purchase(w, ids[name] as string, amount, days, returned);
    for (const days of [1, 3, 5, 8, 13]) await buy('Ava', 20, days);
    await buy('Boris', 900, 5);
    for (const days of [20, 40, 60]) await buy('Cyrus', 100, days);
    for (const days of [60, 90, 120, 150]) await buy('Dana', 10, days);
    for (const days of [200, 300]) await buy('Elham', 100, days);
    await buy('Gita', 5000, 1);
    await buy('Hana', 70, 2, 70);
    const other = await server.workspace('Other club');
    await data.purchase(other.id, await data.customer(other.id, 'Elsewhere'), 1, 0);
  });

  it('scores by quintiles and names the segment, by hand', async () => {
    expect(await recompute()).toMatchObject({ customersScored: 5, segmentsChanged: 5 });
    const expected = {
      Ava: { recencyDays: 1, frequency: 5, monetary: 100, r: 5, f: 5, m: 2, segment: 'CHAMPIONS' },
      Boris: { recencyDays: 5, frequency: 1, monetary: 900, r: 4, f: 1, m: 5, segment: 'PROMISING' },
      Cyrus: { recencyDays: 20, frequency: 3, monetary: 300, r: 3, f: 3, m: 4, segment: 'NEED_ATTENTION' },
      Dana: { recencyDays: 60, frequency: 4, monetary: 40, r: 2, f: 4, m: 1, segment: 'AT_RISK' },
      Elham: { recencyDays: 200, frequency: 2, monetary: 200, r: 1, f: 2, m: 3, segment: 'HIBERNATING' },
    };
    for (const [name, figures] of Object.entries(expected)) {
      const rfm = await rfmOf(ids[name] as string);
      expect(rfm, name).toMatchObject(figures);
      expect(rfm?.history, name).toEqual([{ segment: figures.segment, from: rfm?.since }]);
    }
    for (const name of ['Farid', 'Hana']) expect(await rfmOf(ids[name] as string), name).toBeNull();
    const [gita] = await data.sql('select 1 from customer_rfm where customer_id = ?', [ids.Gita]);
    expect(gita).toBeUndefined();
    expect(await counts()).toEqual({
      CHAMPIONS: 1,
      PROMISING: 1,
      NEED_ATTENTION: 1,
      AT_RISK: 1,
      HIBERNATING: 1,
    });
    const { rfmSegments } = await ws.as.ANALYST.requestOk(SEGMENTS);
    expect(rfmSegments).toHaveLength(11);
    expect(rfmSegments[0]).toEqual({
      segment: 'CHAMPIONS',
      label: { en: 'Champions', ru: 'Чемпионы', fa: 'قهرمانان' },
      customers: 1,
    });
  });

  it('writes each segment change to the history in the same transaction, as the RFM system actor', async () => {
    const rows = await data.sql<{
      type: string;
      actor_kind: string;
      actor_id: string | null;
      actor_name: string;
      changes: unknown;
    }>(`select type, actor_kind, actor_id, actor_name, changes from history_event where customer_id = ?`, [
      ids.Ava,
    ]);
    expect(rows).toEqual([
      {
        type: 'RFM_CHANGED',
        actor_kind: 'system',
        actor_id: null,
        actor_name: 'RFM',
        changes: [{ key: 'rfm', oldValue: null, newValue: 'CHAMPIONS' }],
      },
    ]);
    // One transaction id wrote the scores, the history rows and the run.
    const xids = await data.sql<{ xmin: string }>(
      `select distinct xmin::text from customer_rfm where workspace_id = ?
       union select distinct xmin::text from history_event where workspace_id = ? and type = 'RFM_CHANGED'
       union select xmin::text from rfm_run where workspace_id = ?`,
      [ws.id, ws.id, ws.id],
    );
    expect(xids).toHaveLength(1);
    const { customer } = await ws.as.ANALYST.requestOk(
      `query($id: ID!) { customer(id: $id) { history(types: [RFM_CHANGED]) { edges { node { actor { kind name } changes { key oldValue newValue } } } } } }`,
      { id: ids.Dana },
    );
    expect(customer.history.edges).toEqual([
      {
        node: {
          actor: { kind: 'system', name: 'RFM' },
          changes: [{ key: 'rfm', oldValue: null, newValue: 'AT_RISK' }],
        },
      },
    ]);
    // No outbox event per customer: a recomputation can move a million customers.
    const [outbox] = await data.sql<{ n: number }>(
      `select count(*)::int as n from outbox_event where type = 'customer.rfmChanged'`,
    );
    expect(outbox?.n).toBe(0);
  });

  it('writes nothing when nothing changed', async () => {
    const before = await data.sql<{ customer_id: string; xmin: string }>(
      'select customer_id, xmin::text from customer_rfm where workspace_id = ? order by customer_id',
      [ws.id],
    );
    const [events] = await data.sql<{ n: number }>('select count(*)::int as n from history_event');
    expect(await recompute()).toMatchObject({ customersScored: 5, segmentsChanged: 0 });
    const after = await data.sql<{ customer_id: string; xmin: string }>(
      'select customer_id, xmin::text from customer_rfm where workspace_id = ? order by customer_id',
      [ws.id],
    );
    expect(after).toEqual(before);
    const [eventsAfter] = await data.sql<{ n: number }>('select count(*)::int as n from history_event');
    expect(eventsAfter?.n).toBe(events?.n);
    const ava = await rfmOf(ids.Ava as string);
    expect(new Date(ava?.computedAt as string).getTime()).toBeGreaterThan(
      new Date(ava?.since as string).getTime(),
    );
  });

  it('lowers monetary on a return, and a customer whose purchases are all returned loses the row', async () => {
    // Cyrus returns two of his three purchases in full.
    await data.sql(
      `update purchase set returned_amount = 100 where customer_id = ? and purchased_at < now() - interval '30 days'`,
      [ids.Cyrus],
    );
    // Elham returns half of one purchase: it still counts, for what is left.
    await data.sql(
      `update purchase set returned_amount = 50 where customer_id = ? and purchased_at < now() - interval '250 days'`,
      [ids.Elham],
    );
    // Boris returns his only purchase.
    await data.sql('update purchase set returned_amount = amount where customer_id = ?', [ids.Boris]);
    const run = await recompute();
    expect(run.customersScored).toBe(4);
    expect(await rfmOf(ids.Boris as string)).toBeNull();
    const cyrus = await rfmOf(ids.Cyrus as string);
    // Cyrus: 1 purchase left (20 days, 100). Four buyers: score = 1 + ⌊5 × (rank − 1) / 4⌋.
    expect(cyrus).toMatchObject({ recencyDays: 20, frequency: 1, monetary: 100 });
    expect(await rfmOf(ids.Elham as string)).toMatchObject({ frequency: 2, monetary: 150 });
    const [boris] = await data.sql<{ changes: unknown }>(
      `select changes from history_event where customer_id = ? and type = 'RFM_CHANGED' order by id desc limit 1`,
      [ids.Boris],
    );
    expect(boris?.changes).toEqual([{ key: 'rfm', oldValue: 'PROMISING', newValue: null }]);
    // Monetary ranks: Dana 40, Ava 100 and Cyrus 100 tie (equal figures, equal score), Elham 150.
    expect((await rfmOf(ids.Dana as string))?.m).toBe(1);
    expect((await rfmOf(ids.Ava as string))?.m).toBe(cyrus?.m);
    // A changed segment starts a new "since" and a new history entry, newest first.
    expect(cyrus?.segment).not.toBe('NEED_ATTENTION');
    expect(cyrus?.history.map((h) => h.segment)).toEqual([cyrus?.segment, 'NEED_ATTENTION']);
    expect(cyrus?.since).toBe(cyrus?.history[0]?.from);
    // Boris lost his row and Cyrus changed segment, at least.
    expect(run.segmentsChanged).toBeGreaterThanOrEqual(2);
  });

  it('offers the segment and scores as filter fields and list columns', async () => {
    const { customerFields } = await ws.as.ANALYST.requestOk(
      '{ customerFields { key kind source sortable choices { value label { en } } } }',
    );
    const segment = customerFields.find((f: { key: string }) => f.key === 'rfm_segment');
    expect(segment).toMatchObject({ kind: 'CHOICE', source: 'rfm', sortable: true });
    expect(segment.choices).toHaveLength(11);
    expect(segment.choices[0]).toEqual({ value: 'CHAMPIONS', label: { en: 'Champions' } });
    for (const key of ['rfm_r', 'rfm_f', 'rfm_m'])
      expect(customerFields).toContainEqual(expect.objectContaining({ key, kind: 'NUMBER', source: 'rfm' }));
    const list = `query($filter: CustomerFilter) { customers(filter: $filter, first: 10, sort: { field: "rfm_r", direction: DESC }) {
      edges { node { firstName fieldValues(keys: ["rfm_segment", "rfm_r", "rfm_f", "rfm_m"]) } } } }`;
    const ava = (await rfmOf(ids.Ava as string)) as Rfm;
    const same = await ws.as.ANALYST.requestOk(list, {
      filter: { op: 'AND', conditions: [{ field: 'rfm_segment', operator: 'IN', value: [ava.segment] }] },
    });
    expect(same.customers.edges).toEqual([
      {
        node: {
          firstName: 'Ava',
          fieldValues: { rfm_segment: ava.segment, rfm_r: ava.r, rfm_f: ava.f, rfm_m: ava.m },
        },
      },
    ]);
    const recent = await ws.as.ANALYST.requestOk(list, {
      filter: { op: 'AND', conditions: [{ field: 'rfm_r', operator: 'GTE', value: 3 }] },
    });
    const names = recent.customers.edges.map((e: { node: { firstName: string } }) => e.node.firstName);
    expect(names[0]).toBe('Ava');
    expect(names).not.toContain('Elham');
  });

  it('is recomputed by admins only, and read with loyalty.read', async () => {
    for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
      const denied = await ws.as[role].request(RECOMPUTE);
      expect(denied.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const anonymous = await ws.anonymous.request(SEGMENTS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
      const { rfmSegments } = await ws.as[role].requestOk(SEGMENTS);
      expect(rfmSegments, role).toHaveLength(11);
    }
  });

  it('keeps workspaces apart', async () => {
    const other = await server.workspace('Third club');
    const elsewhere = await other.as.ANALYST.request(RFM, { id: ids.Ava });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await recompute(other)).toMatchObject({ customersScored: 0, segmentsChanged: 0 });
    expect(await counts(other)).toEqual({});
  });
});

describe('the RFM job', () => {
  it('recomputes workspaces whose last run is older than the interval, and leaves the rest', async () => {
    const fresh = await server.workspace('Job club');
    const id = await data.customer(fresh.id, 'Jobbed');
    await data.purchase(fresh.id, id, 10, 3);
    await server.app.jobs.kick('rfm.recompute');
    expect(await rfmOf(id, fresh)).toMatchObject({ r: 1, f: 1, m: 1, segment: 'LOST', recencyDays: 3 });
    const due = await server.app.services.rfm.due(24 * 3_600_000);
    expect(due).not.toContain(fresh.id);
    expect(await server.app.services.rfm.due(0)).toContain(fresh.id);
  });
});
