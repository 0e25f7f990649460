import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { CREATE_DEF, ticketFormatModule } from './ticket-format.testing.js';
import { VALUES_REPORT_JOB } from './values-report.js';

const START = `mutation($id: ID!, $format: String) { startAttributeValuesReport(id: $id, format: $format) }`;
const PREFERENCES = `mutation($input: UpdatePreferencesInput!) { updateMyPreferences(input: $input) { locale } }`;
const JOBS = `{ jobs(first: 50) { edges { node { id job state payload progress { done total } canCancel } } } }`;
const AUDIT = `{ auditEvents(first: 50, types: [ATTRIBUTE_VALUES_EXPORTED]) {
  edges { node { type subject details actor { kind name } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let definition = '';
/** More refused values than the check lists (20), and one a spreadsheet would run. */
const REFUSED = [...Array.from({ length: 24 }, (_, i) => `bad-${i + 1}`), '=1+1'];
/** Stored before any format: values that fit, one written differently, the refused ones. */
const VALUES = ['T-0001', 't0002', ...REFUSED, 'T-0003'];
/** Each customer's name: a comma in it is quoted in the file. */
const nameOf = (value: string) => `Name${VALUES.indexOf(value) + 1} Family, ${VALUES.indexOf(value) + 1}`;

const cookieOf = (w: TestWorkspace, role: keyof TestWorkspace['as']) =>
  [...w.as[role].cookies].map(([name, value]) => `${name}=${value}`).join('; ');

beforeAll(async () => {
  server = await startTestServer({ plugins: [ticketFormatModule] });
  [ws, other] = [await server.workspace(), await server.workspace()];
  const created = await ws.as.ADMIN.requestOk(CREATE_DEF, {
    input: { key: 'ticketNo', type: 'TEXT', group: 'main', label: { en: 'Ticket', ru: 'Билет' } },
  });
  definition = created.createAttributeDefinition.id;
  // A deleted customer's value (inserted after these) is not reported.
  await server.app.orm.em.getConnection().execute(
    `insert into customer (workspace_id, attributes)
     select ?, jsonb_build_object('firstName', 'Name' || v.n, 'lastName', 'Family, ' || v.n, 'ticketNo', v.value)
       from jsonb_array_elements_text(?::jsonb) with ordinality as v(value, n)`,
    [ws.id, JSON.stringify(VALUES)],
  );
  await server.app.orm.em
    .getConnection()
    .execute(`insert into customer (workspace_id, attributes, deleted_at) values (?, ?, now())`, [
      ws.id,
      JSON.stringify({ firstName: 'Gone', ticketNo: 'deleted-1' }),
    ]);
});
afterAll(async () => server?.close());

/** The customers' numbers by their stored ticket value. */
async function numbers(): Promise<Map<string, number>> {
  const rows = await server.app.orm.em
    .getConnection()
    .execute<{ number: number; value: string }[]>(
      `select number, attributes->>'ticketNo' as value from customer where workspace_id = ? and deleted_at is null`,
      [ws.id],
    );
  return new Map(rows.map((r) => [r.value, r.number]));
}

/** Splits the CSV the report writes (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ',' || (c === '\r' && text[i + 1] === '\n'))) {
      rows[rows.length - 1]?.push(cell);
      cell = '';
      if (c === '\r') {
        rows.push([]);
        i++;
      }
    } else {
      cell += c;
    }
  }
  return rows.filter((row) => row.length > 0);
}

describe('the report of every stored value a format refuses or rewrites', () => {
  it('writes them all to a file in the requester’s language, shows its run and rings the requester’s bell', async () => {
    await ws.as.ADMIN.requestOk(PREFERENCES, { input: { locale: 'RU' } });
    const { startAttributeValuesReport: runId } = await ws.as.ADMIN.requestOk(START, {
      id: definition,
      format: 'ticket',
    });
    await server.app.jobs.over(VALUES_REPORT_JOB, runId);

    // The run on the Jobs screen: done, every customer with a value walked.
    const { jobs } = await ws.as.ADMIN.requestOk(JOBS);
    const run = jobs.edges.find((e: { node: { id: string } }) => e.node.id === runId)?.node;
    expect(run).toMatchObject({
      job: VALUES_REPORT_JOB,
      state: 'DONE',
      progress: { done: 28, total: 28 },
      payload: { attributeId: definition, format: 'ticket', locale: 'RU' },
    });

    const [notice] = await server.app.orm.em.getConnection().execute(
      `select n.params, n.link from notification n join staff s on s.id = n.staff_id
        where n.workspace_id = ? and s.email = ? and n.kind = 'attributes.values-report'`,
      [ws.id, ws.emails.ADMIN],
    );
    expect(notice?.params).toMatchObject({ attribute: 'Билет', refused: 25, rewritten: 1 });
    expect(notice?.link).toMatch(/^\/files\/[0-9a-f-]{36}$/);

    const res = await fetch(`${server.url}${notice?.link}`, { headers: { cookie: cookieOf(ws, 'ADMIN') } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    // UTF-8 with a byte order mark, for Excel.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'Номер клиента',
      'Имя клиента',
      'Сохранённое значение',
      'Что говорит формат',
      'Как его запишет формат',
    ]);
    const number = await numbers();
    // Every refused value, not the first 20, and the one written differently; in customer number order.
    const expected = [
      ...REFUSED.map((value) => [
        String(number.get(value)),
        nameOf(value),
        // A formula is made harmless.
        value.startsWith('=') ? `'${value}` : value,
        'Ожидается текст',
        '',
      ]),
      [String(number.get('t0002')), nameOf('t0002'), 't0002', 'Подходит, но записано иначе', 'T-0002'],
    ].sort((x, y) => Number(x[0]) - Number(y[0]));
    expect(rows).toEqual(expected);

    // Customers' names and values left in a file: the audit log says who asked, for which attribute
    // (by its key and label, for the log to read as words however the attribute changes later).
    const { auditEvents } = await ws.as.ADMIN.requestOk(AUDIT);
    expect(auditEvents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        type: 'ATTRIBUTE_VALUES_EXPORTED',
        subject: definition,
        details: { format: 'ticket', key: 'ticketNo', label: { en: 'Ticket', ru: 'Билет' } },
        actor: { kind: 'staff', name: expect.any(String) },
      },
    ]);
  });

  it('lets only the requester download the file', async () => {
    const [notice] = await server.app.orm.em.getConnection().execute(
      `select n.link from notification n join staff s on s.id = n.staff_id
        where n.workspace_id = ? and s.email = ? and n.kind = 'attributes.values-report'`,
      [ws.id, ws.emails.ADMIN],
    );
    for (const role of ['MANAGER', 'ANALYST'] as const) {
      const res = await fetch(`${server.url}${notice?.link}`, { headers: { cookie: cookieOf(ws, role) } });
      expect(res.status, role).toBe(404);
    }
    const elsewhere = await fetch(`${server.url}${notice?.link}`, {
      headers: { cookie: cookieOf(other, 'ADMIN') },
    });
    expect(elsewhere.status).toBe(404);
  });

  it('is for those who may edit attributes, of their own workspace, by a format of the type', async () => {
    for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
      const answer = await ws.as[role].request(START, { id: definition, format: 'ticket' });
      expect(answer.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const elsewhere = await other.as.ADMIN.request(START, { id: definition, format: 'ticket' });
    expect(elsewhere.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'ATTRIBUTE_NOT_FOUND' });
    // The attribute has no format of its own: one must be named, as for the check.
    const none = await ws.as.ADMIN.request(START, { id: definition });
    expect(none.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['format'], problem: { code: 'ATTRIBUTE_FORMAT_NONE' } },
    ]);
    const { jobs } = await other.as.ADMIN.requestOk(JOBS);
    expect(jobs.edges.filter((e: { node: { job: string } }) => e.node.job === VALUES_REPORT_JOB)).toEqual([]);
    // A refused start is not in the audit log (the one event is the first test's report).
    expect((await ws.as.ADMIN.requestOk(AUDIT)).auditEvents.edges).toHaveLength(1);
    expect((await other.as.ADMIN.requestOk(AUDIT)).auditEvents.edges).toEqual([]);
  });

  it('keeps no file when its run is cancelled', async () => {
    const [admin] = await server.app.orm.em
      .getConnection()
      .execute<{ id: string }[]>('select id from staff where email = ?', [ws.emails.ADMIN]);
    const files = async () =>
      Number(
        (
          await server.app.orm.em
            .getConnection()
            .execute<{ n: string }[]>('select count(*) as n from uploaded_file where workspace_id = ?', [
              ws.id,
            ])
        )[0]?.n,
      );
    const before = await files();
    const told: number[] = [];
    // The run is cancelled once the first batch (of one customer) is written.
    await server.app.services.valuesReports.run(
      {
        workspaceId: ws.id,
        staffId: admin?.id as string,
        attributeId: definition,
        format: 'ticket',
        locale: 'EN',
      },
      { id: 'cancelled-run', progress: async (done) => told.push(done) < 2 },
      { batchSize: 1 },
    );
    expect(told).toEqual([0, 1]);
    expect(await files()).toBe(before);
  });
});
