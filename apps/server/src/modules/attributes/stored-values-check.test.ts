import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { CREATE_DEF, ticketFormatModule } from './ticket-format.testing.js';

const CHECK = `query($id: ID!, $format: String) { attributeValuesCheck(id: $id, format: $format) {
  format checked fit rewritten refused
  firstRefused { customerId customerNumber value problem { code params } storedAs }
  firstRewritten { customerId customerNumber value storedAs problem { code } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ plugins: [ticketFormatModule] });
  [ws, other] = [await server.workspace(), await server.workspace()];
});
afterAll(async () => server?.close());

async function defineTicket(workspace: TestWorkspace, format?: string): Promise<string> {
  const data = await workspace.as.ADMIN.requestOk(CREATE_DEF, {
    input: { key: 'ticketNo', type: 'TEXT', group: 'main', label: { en: 'Ticket' }, format },
  });
  return data.createAttributeDefinition.id;
}

/** Customers holding these values as stored before any format (numbers given by the database). */
async function storeValues(workspaceId: string, values: string[], deleted = false): Promise<void> {
  await server.app.orm.em.getConnection().execute(
    `insert into customer (workspace_id, attributes, deleted_at)
     select ?, jsonb_build_object('firstName', 'C' || v.n, 'ticketNo', v.value), ?::timestamptz
       from jsonb_array_elements_text(?::jsonb) with ordinality as v(value, n)`,
    [workspaceId, deleted ? new Date() : null, JSON.stringify(values)],
  );
}

async function idsByTicket(workspaceId: string): Promise<Map<string, { id: string; number: number }>> {
  const rows = await server.app.orm.em
    .getConnection()
    .execute<{ id: string; number: number; value: string }[]>(
      `select id, number, attributes->>'ticketNo' as value from customer
        where workspace_id = ? and deleted_at is null and attributes->'ticketNo' is not null`,
      [workspaceId],
    );
  return new Map(rows.map((r) => [r.value, { id: r.id, number: r.number }]));
}

describe('checking the stored values of an attribute by a format', () => {
  let definition = '';
  beforeAll(async () => {
    definition = await defineTicket(ws);
    await storeValues(ws.id, ['T-0001', 't0002', 'T0003', 'x1', 'T-0004', '12345', 'T-0005', 'no']);
    // Deleted customers and merged children are not checked.
    await storeValues(ws.id, ['deleted-1', 'deleted-2'], true);
    // Another workspace's values of an attribute with the same key are not this one's.
    await defineTicket(other);
    await storeValues(other.id, ['other-1', 'T-9999']);
    await server.app.orm.em
      .getConnection()
      .execute(`insert into customer (workspace_id, attributes) values (?, ?)`, [
        ws.id,
        JSON.stringify({ firstName: 'No ticket' }),
      ]);
  });

  it('counts what fits, what it would write differently and what it refuses, naming the customers', async () => {
    const { attributeValuesCheck: check } = await ws.as.ADMIN.requestOk(CHECK, {
      id: definition,
      format: 'ticket',
    });
    expect(check).toMatchObject({ format: 'ticket', checked: 8, fit: 5, rewritten: 2, refused: 3 });
    const customers = await idsByTicket(ws.id);
    const expected = (value: string) => ({
      customerId: customers.get(value)?.id,
      customerNumber: customers.get(value)?.number,
      value,
    });
    // In customer number order, as the walk reads them.
    const byNumber = (a: { customerNumber?: number }, b: { customerNumber?: number }) =>
      Number(a.customerNumber) - Number(b.customerNumber);
    expect(check.firstRefused).toEqual(
      ['x1', '12345', 'no']
        .map((value) => ({
          ...expected(value),
          problem: { code: 'VALUE_NOT_TEXT', params: { got: value } },
          storedAs: null,
        }))
        .sort(byNumber),
    );
    expect(check.firstRewritten).toEqual(
      [
        { ...expected('t0002'), storedAs: 'T-0002', problem: null },
        { ...expected('T0003'), storedAs: 'T-0003', problem: null },
      ].sort(byNumber),
    );
    // Nothing was rewritten.
    expect([...(await idsByTicket(ws.id)).keys()]).toContain('t0002');
  });

  it('reads the values a batch at a time, every value once, and lists only the first refused ones', async () => {
    for (const batchSize of [1, 3, 7, 8, 100]) {
      const check = await server.app.services.attributes.checkValues(ws.id, definition, 'ticket', {
        batchSize,
        examples: 2,
      });
      expect(check, `batches of ${batchSize}`).toMatchObject({
        checked: 8,
        fit: 5,
        rewritten: 2,
        refused: 3,
      });
      expect(check.firstRefused).toHaveLength(2);
      expect(check.firstRewritten).toHaveLength(2);
    }
  });

  it('checks by the attribute’s own format when none is given', async () => {
    const third = await server.workspace();
    const own = await defineTicket(third, 'ticket');
    await storeValues(third.id, ['bad', 'T-0001']);
    const { attributeValuesCheck: check } = await third.as.ADMIN.requestOk(CHECK, { id: own });
    expect(check).toMatchObject({ format: 'ticket', checked: 2, fit: 1, refused: 1 });
    // The other workspace sees none of it: the attribute is not found there.
    const elsewhere = await other.as.ADMIN.request(CHECK, { id: own });
    expect(elsewhere.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'ATTRIBUTE_NOT_FOUND' });
  });

  it('refuses a format that is not there, not of the type, or no format at all', async () => {
    // The other workspace's ticketNo has no format; birthDate is a date.
    const id = await idOf(other, 'ticketNo');
    const birthDate = await idOf(other, 'birthDate');
    const cases: [Record<string, unknown>, string, object][] = [
      [{ id }, 'ATTRIBUTE_FORMAT_NONE', { key: 'ticketNo' }],
      [{ id, format: 'no-such' }, 'ATTRIBUTE_FORMAT_UNKNOWN', { format: 'no-such' }],
      [{ id: birthDate, format: 'ticket' }, 'ATTRIBUTE_FORMAT_TYPE', { format: 'ticket', base: 'TEXT' }],
    ];
    for (const [variables, code, params] of cases) {
      const answer = await other.as.ADMIN.request(CHECK, variables);
      expect(answer.errors?.[0]?.extensions?.fields, code).toMatchObject([
        { path: ['format'], problem: { code, params } },
      ]);
    }
  });

  it('is for those who may edit attributes', async () => {
    for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
      const answer = await other.as[role].request(CHECK, {
        id: await idOf(other, 'ticketNo'),
        format: 'ticket',
      });
      expect(answer.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });
});

async function idOf(workspace: TestWorkspace, key: string): Promise<string> {
  const { attributeDefinitions } = await workspace.as.ADMIN.requestOk('{ attributeDefinitions { id key } }');
  return attributeDefinitions.find((d: { key: string }) => d.key === key).id;
}
