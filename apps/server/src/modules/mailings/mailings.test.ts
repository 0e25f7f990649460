import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { localParts, nextSendMoment } from './send-moment.js';

const MAILING = `id name channel templateId state scheduledAt sendAt timeZone throttlePerMinute attributionDays
  audience { segmentId groupId customerIds filter }
  counts { recipients queued sent delivered failed skipped unsubscribed }`;
const CREATE = `mutation($input: MailingInput!) { createMailing(input: $input) { ${MAILING} } }`;
const UPDATE = `mutation($id: ID!, $input: MailingInput!) { updateMailing(id: $id, input: $input) { ${MAILING} } }`;
const START = `mutation($id: ID!) { startMailing(id: $id) { ${MAILING} } }`;
const CANCEL = `mutation($id: ID!) { cancelMailing(id: $id) { ${MAILING} } }`;
const GET = `query($id: ID!) { mailing(id: $id) { ${MAILING} } }`;
const LIST = `{ mailings(first: 50) { totalCount nodes { id name state } } }`;
const COUNT = `query($channel: String!, $audience: MailingAudienceInput!) {
  mailingAudience(channel: $channel, audience: $audience) { total reachable excluded { reason count } } }`;
const REPORT = `query($id: ID!) { mailingReport(mailingId: $id) { mailingState attributionDays byState { state count }
  failedByReason { reason count } skippedByReason { reason count } attributed { purchases customers revenue } } }`;
const TEST_SEND = 'mutation($id: ID!, $to: String!) { sendTestMailing(mailingId: $id, to: $to) }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [MESSAGE_SENT, MESSAGE_DELIVERED, MESSAGE_FAILED]) {
  edges { node { type actor { kind name } changes { key newValue } } } } } }`;
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';

type Problemed = { errors?: { extensions?: Record<string, unknown> }[] };
const problemOf = (res: Problemed) =>
  (res.errors?.[0]?.extensions?.problem as { code: string } | undefined)?.code;
const categoryOf = (res: Problemed) => res.errors?.[0]?.extensions?.code;
const reasons = (count: { excluded: { reason: string; count: number }[] }) =>
  Object.fromEntries(count.excluded.filter((e) => e.count > 0).map((e) => [e.reason, e.count]));
const days = (n: number) => new Date(Date.now() - n * 86_400_000);

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
const c: Record<string, string> = {};
let segmentId: string;
let groupId: string;
const MAILERS = { op: 'AND', conditions: [{ field: 'lastName', operator: 'EQ', value: 'Mailer' }] };

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(sql, params);
}

async function customer(name: string, attributes: Record<string, unknown>, consents: string[] = []) {
  const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: { attributes: { firstName: name, lastName: 'Mailer', ...attributes } },
  });
  for (const kind of consents)
    await ws.as.OPERATOR.requestOk(GRANT, {
      input: { customerId: createCustomer.id, kind, capturedVia: 'IN_STORE' },
    });
  c[name] = createCustomer.id;
  return createCustomer.id as string;
}

const draft = (audience: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'Winter sale',
  channel: 'EMAIL',
  templateId: randomUUID(),
  audience,
  ...extra,
});

/** Starting queues the recipients in a job: wait until they are written. */
async function started(id: string) {
  for (let i = 0; i < 100; i++) {
    const [row] = await query<{ materialized_at: Date | null; state: string }>(
      'select materialized_at, state from mailing where id = ?',
      [id],
    );
    if (row?.materialized_at) return (await ws.as.MANAGER.requestOk(GET, { id })).mailing;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The recipients were never queued');
}

async function messages(mailingId: string) {
  return query<{
    id: string;
    customer_id: string;
    state: string;
    reason: string | null;
    address: string | null;
  }>(
    'select id::text as id, customer_id, state, reason, address from mailing_message where mailing_id = ? order by id',
    [mailingId],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
  // Quiet hours around now hold queued messages back: delivering them is mailing-delivery.test's.
  const hhmm = (ms: number) => new Date(Date.now() + ms).toISOString().slice(11, 16);
  await ws.as.ADMIN.requestOk(
    'mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { timeZone } }',
    { input: { timeZone: 'UTC', quietHours: { start: hhmm(-7_200_000), end: hhmm(7_200_000) } } },
  );
  await customer('Reza', { email: 'reza@example.com', mobile: '+989121110001' }, ['EMAIL']);
  await customer('Bita', { email: 'bita@example.com' });
  await customer('Cyrus', {}, ['EMAIL']);
  await customer('Dara', { email: 'dara@example.com' }, ['EMAIL']);
  await customer('Elham', { email: 'elham@example.com' }, ['EMAIL']);
  await customer('Farid', { email: 'farid@example.com' }, ['EMAIL']);
  for (const n of [1, 2, 3, 4, 5]) await customer(`R${n}`, { email: `r${n}@example.com` }, ['EMAIL']);
  await ws.as.MANAGER.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', { id: c.Dara });
  await ws.as.ADMIN.requestOk('mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }', {
    id: c.Elham,
  });
  await ws.as.MANAGER.requestOk(
    'mutation($main: ID!, $merged: ID!) { mergeCustomers(mainCustomerId: $main, mergedCustomerId: $merged) { id } }',
    { main: c.R5, merged: c.Farid },
  );
  segmentId = (
    await ws.as.MANAGER.requestOk('mutation($input: SegmentInput!) { createSegment(input: $input) { id } }', {
      input: { name: 'Mailers', filter: MAILERS, shared: true },
    })
  ).createSegment.id;
  groupId = (
    await ws.as.ADMIN.requestOk(
      'mutation($input: CustomerGroupInput!) { createGroup(input: $input) { id } }',
      {
        input: { name: 'Two' },
      },
    )
  ).createGroup.id;
  await ws.as.ADMIN.requestOk(
    'mutation($g: ID!, $s: GroupMemberSelection!) { addCustomersToGroup(groupId: $g, selection: $s) { changed } }',
    { g: groupId, s: { ids: [c.Reza, c.Bita] } },
  );
});
afterAll(async () => server?.close());

describe('mailings', () => {
  it('counts an audience live, with everyone excluded counted by reason', async () => {
    const listed = [c.Reza, c.Bita, c.Cyrus, c.Dara, c.Elham, c.Farid];
    const byIds = (
      await ws.as.ANALYST.requestOk(COUNT, { channel: 'EMAIL', audience: { customerIds: listed } })
    ).mailingAudience;
    expect(byIds).toMatchObject({ total: 6, reachable: 1 });
    expect(reasons(byIds)).toEqual({ NO_CONSENT: 1, NO_ADDRESS: 1, INACTIVE: 1, ERASED: 1, MERGED: 1 });

    // A filter and a segment go through the customer search: children and the erased (their name is
    // gone) are not in it at all.
    const byFilter = (
      await ws.as.MANAGER.requestOk(COUNT, { channel: 'EMAIL', audience: { filter: MAILERS } })
    ).mailingAudience;
    expect(byFilter).toMatchObject({ total: 9, reachable: 6 });
    expect(reasons(byFilter)).toEqual({ NO_CONSENT: 1, NO_ADDRESS: 1, INACTIVE: 1 });
    const bySegment = (await ws.as.MANAGER.requestOk(COUNT, { channel: 'EMAIL', audience: { segmentId } }))
      .mailingAudience;
    expect(bySegment).toEqual(byFilter);

    const byGroup = (await ws.as.MANAGER.requestOk(COUNT, { channel: 'EMAIL', audience: { groupId } }))
      .mailingAudience;
    expect(byGroup).toMatchObject({ total: 2, reachable: 1 });
    // Reza has a mobile but consented to email only.
    const sms = (await ws.as.MANAGER.requestOk(COUNT, { channel: 'SMS', audience: { groupId } }))
      .mailingAudience;
    expect(sms).toMatchObject({ total: 2, reachable: 0 });
    expect(reasons(sms)).toEqual({ NO_CONSENT: 2 });

    const twoWays = await ws.as.MANAGER.request(COUNT, {
      channel: 'EMAIL',
      audience: { groupId, segmentId },
    });
    expect(problemOf(twoWays)).toBe('MAILING_AUDIENCE_ONE_WAY');
    expect(problemOf(await ws.as.MANAGER.request(COUNT, { channel: 'FAX', audience: { groupId } }))).toBe(
      'MAILING_CHANNEL_UNKNOWN',
    );
  });

  it('starting queues each reachable recipient once, however often the start runs', async () => {
    const { createMailing } = await ws.as.MANAGER.requestOk(CREATE, { input: draft({ segmentId }) });
    expect(createMailing).toMatchObject({ state: 'DRAFT', attributionDays: 7, scheduledAt: null });
    const { startMailing } = await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
    expect(startMailing.state).toBe('SENDING');
    const mailing = await started(createMailing.id);
    expect(mailing.counts).toMatchObject({ recipients: 9, queued: 6, skipped: 3 });
    const rows = await messages(createMailing.id);
    expect(rows.filter((r) => r.state === 'QUEUED').map((r) => r.address)).toEqual(
      expect.arrayContaining(['reza@example.com', 'r1@example.com']),
    );
    expect(rows.find((r) => r.customer_id === c.Bita)).toMatchObject({
      state: 'SKIPPED',
      reason: 'NO_CONSENT',
    });

    // The job runs again (a retry after a crash, a second worker): nobody is queued twice.
    await query('update mailing set materialized_at = null where id = ?', [createMailing.id]);
    await server.app.services.mailings.materialize(ws.id, createMailing.id);
    await server.app.services.mailings.materialize(ws.id, createMailing.id);
    expect(await messages(createMailing.id)).toHaveLength(9);
    expect((await ws.as.MANAGER.requestOk(GET, { id: createMailing.id })).mailing.counts.queued).toBe(6);

    // A started mailing no longer changes or starts again.
    const edit = await ws.as.MANAGER.request(UPDATE, { id: createMailing.id, input: draft({ segmentId }) });
    expect(problemOf(edit)).toBe('MAILING_NOT_DRAFT');
    expect(categoryOf(edit)).toBe('CONFLICT');
    expect(problemOf(await ws.as.MANAGER.request(START, { id: createMailing.id }))).toBe('MAILING_NOT_DRAFT');
  });

  it('records message states with their history; a late or repeated report never moves one back; cancel skips only the queued', async () => {
    const { createMailing } = await ws.as.MANAGER.requestOk(CREATE, {
      input: draft({ customerIds: [c.Reza, c.R1, c.R2, c.R3, c.R4, c.Bita] }, { name: 'Spring' }),
    });
    await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
    const id = createMailing.id as string;
    await started(id);
    const mailings = server.app.services.mailings;
    // Due now, as when the quiet hours end (they still keep the delivery job away while this test claims).
    await query('update mailing_message set next_attempt_at = now() where mailing_id = ?', [id]);

    const claimed = await mailings.claimDue(ws.id, id, 3);
    expect(claimed).toHaveLength(3);
    expect(claimed.every((m) => m.attempts === 1)).toBe(true);
    // Claimed messages are leased: another worker does not get them.
    expect((await mailings.claimDue(ws.id, id, 10)).map((m) => m.id)).not.toEqual(
      expect.arrayContaining([claimed[0]?.id]),
    );
    const [a, b, d] = claimed as [(typeof claimed)[0], (typeof claimed)[0], (typeof claimed)[0]];
    const changed = await mailings.recordMessageState(ws.id, [
      { messageId: a.id, state: 'SENT', providerMessageId: 'p-1', at: days(3) },
      { messageId: b.id, state: 'SENT', providerMessageId: 'p-2', at: days(9) },
      { messageId: d.id, state: 'FAILED', reason: 'CHANNEL_ADDRESS_REJECTED' },
    ]);
    expect(changed.sort()).toEqual([a.id, b.id, d.id].sort());
    await mailings.recordMessageState(ws.id, [{ messageId: a.id, state: 'DELIVERED' }]);
    // A repeated report, and one arriving out of order, change nothing.
    expect(await mailings.recordMessageState(ws.id, [{ messageId: a.id, state: 'DELIVERED' }])).toEqual([]);
    expect(await mailings.recordMessageState(ws.id, [{ messageId: a.id, state: 'SENT' }])).toEqual([]);
    expect(await mailings.recordMessageState(ws.id, [{ messageId: d.id, state: 'SENT' }])).toEqual([]);

    const history = (await ws.as.ANALYST.requestOk(HISTORY, { id: a.customerId })).customer.history.edges.map(
      (e: { node: unknown }) => e.node,
    );
    const named = { key: 'mailing', newValue: { id, name: 'Spring', channel: 'EMAIL' } };
    expect(history).toEqual([
      { type: 'MESSAGE_DELIVERED', actor: { kind: 'system', name: 'Mailing' }, changes: [named] },
      { type: 'MESSAGE_SENT', actor: { kind: 'system', name: 'Mailing' }, changes: [named] },
    ]);
    const failed = (await ws.as.ANALYST.requestOk(HISTORY, { id: d.customerId })).customer.history.edges;
    expect(failed.map((e: { node: { type: string; changes: unknown[] } }) => e.node)).toEqual([
      expect.objectContaining({
        type: 'MESSAGE_FAILED',
        changes: [named, { key: 'reason', newValue: 'CHANNEL_ADDRESS_REJECTED' }],
      }),
    ]);

    const { cancelMailing } = await ws.as.MANAGER.requestOk(CANCEL, { id });
    expect(cancelMailing.state).toBe('CANCELLED');
    expect(cancelMailing.counts).toMatchObject({
      recipients: 6,
      queued: 0,
      sent: 1,
      delivered: 1,
      failed: 1,
      skipped: 3,
    });
    const rows = await messages(id);
    expect(rows.filter((r) => r.reason === 'CANCELLED')).toHaveLength(2);
    expect(rows.find((r) => r.id === a.id)?.state).toBe('DELIVERED');
    expect(rows.find((r) => r.id === b.id)?.state).toBe('SENT');
    expect(problemOf(await ws.as.MANAGER.request(CANCEL, { id }))).toBe('MAILING_NOT_CANCELLABLE');
    // The audit log keeps who created, started and cancelled it, each naming the mailing.
    const { auditEvents } = await ws.as.ADMIN.requestOk(
      '{ auditEvents(first: 50, types: [MAILING_CREATED, MAILING_STARTED, MAILING_CANCELLED]) { edges { node { type subject details } } } }',
    );
    const name = (await ws.as.MANAGER.requestOk(GET, { id })).mailing.name;
    expect(
      auditEvents.edges
        .map((e: { node: { type: string; subject: string; details: { name: string } } }) => e.node)
        .filter((e: { subject: string }) => e.subject === id)
        .map((e: { type: string; details: { name: string } }) => ({ type: e.type, name: e.details.name })),
    ).toEqual([
      { type: 'MAILING_CANCELLED', name },
      { type: 'MAILING_STARTED', name },
      { type: 'MAILING_CREATED', name },
    ]);

    // The report: by state, by reason, and purchases within 7 days after each recipient's message.
    const buy = (customerId: string, amount: number, at: Date) =>
      ws.as.OPERATOR.requestOk(
        'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }',
        {
          input: { customerId, amount, paymentStatus: 'PAID', purchasedAt: at, idempotencyKey: randomUUID() },
        },
      );
    await buy(a.customerId, 100, days(2)); // within 7 days after its message: counts
    await buy(a.customerId, 40.5, days(1)); // counts
    await buy(a.customerId, 999, days(4)); // before its message: not
    await buy(b.customerId, 70, days(1)); // 8 days after its message: not
    await buy(c.Bita as string, 55, days(1)); // skipped, never sent: not
    const report = (await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport;
    expect(report.mailingState).toBe('CANCELLED');
    expect(report.byState).toEqual([
      { state: 'QUEUED', count: 0 },
      { state: 'SENT', count: 1 },
      { state: 'DELIVERED', count: 1 },
      { state: 'FAILED', count: 1 },
      { state: 'SKIPPED', count: 3 },
      { state: 'UNSUBSCRIBED', count: 0 },
    ]);
    expect(report.failedByReason).toEqual([{ reason: 'CHANNEL_ADDRESS_REJECTED', count: 1 }]);
    expect(report.skippedByReason).toEqual([
      { reason: 'CANCELLED', count: 2 },
      { reason: 'NO_CONSENT', count: 1 },
    ]);
    expect(report.attributed).toEqual({ purchases: 2, customers: 1, revenue: 140.5 });
  });

  it("schedules at a local time in the workspace's zone and queues within its quiet hours", async () => {
    // Quiet hours around the present moment in Tehran, so the recipients are due at their end.
    const zone = 'Asia/Tehran';
    const now = localParts(new Date(), zone);
    const clock = (m: number) => {
      const t = (((now.hour * 60 + now.minute + m) % 1440) + 1440) % 1440;
      return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    };
    const quietHours = { start: clock(-60), end: clock(60) };
    await ws.as.ADMIN.requestOk(
      'mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { timeZone } }',
      { input: { timeZone: zone, quietHours } },
    );
    const tomorrow = new Date(Date.UTC(now.year, now.month - 1, now.day + 1));
    const sendAt = `${tomorrow.toISOString().slice(0, 10)}T09:00`;
    const { createMailing } = await ws.as.MANAGER.requestOk(CREATE, {
      input: draft({ groupId }, { sendAt, throttlePerMinute: 600, attributionDays: 3 }),
    });
    expect(createMailing).toMatchObject({ sendAt, timeZone: zone, throttlePerMinute: 600 });
    expect(createMailing.scheduledAt).toBe(`${tomorrow.toISOString().slice(0, 10)}T05:30:00.000Z`);
    const { startMailing } = await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
    expect(startMailing.state).toBe('SCHEDULED');
    // Not due yet: the periodic job leaves it.
    await server.app.jobs.kick('mailings.due');
    expect((await ws.as.MANAGER.requestOk(GET, { id: createMailing.id })).mailing.state).toBe('SCHEDULED');

    // Its time comes: the periodic job starts it and its recipients wait for the end of the quiet hours.
    await query("update mailing set scheduled_at = now() - interval '1 second' where id = ?", [
      createMailing.id,
    ]);
    await server.app.jobs.kick('mailings.due');
    await started(createMailing.id);
    const [due] = await query<{ next_attempt_at: Date }>(
      "select next_attempt_at from mailing_message where mailing_id = ? and state = 'QUEUED'",
      [createMailing.id],
    );
    const expected = nextSendMoment(new Date(), zone, quietHours);
    expect(expected.getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect(Math.abs(new Date(due?.next_attempt_at as Date).getTime() - expected.getTime())).toBeLessThan(
      60_000,
    );

    const past = await ws.as.MANAGER.request(CREATE, {
      input: draft({ groupId }, { sendAt: '2020-01-01T09:00' }),
    });
    expect(problemOf(past)).toBe('MAILING_SEND_AT_PAST');
    const garbled = await ws.as.MANAGER.request(CREATE, {
      input: draft({ groupId }, { sendAt: '31/12 9am' }),
    });
    expect(problemOf(garbled)).toBe('MAILING_SEND_AT_INVALID');
    const noTemplate = (
      await ws.as.MANAGER.requestOk(CREATE, { input: draft({ groupId }, { templateId: null }) })
    ).createMailing;
    expect(problemOf(await ws.as.MANAGER.request(START, { id: noTemplate.id }))).toBe(
      'MAILING_TEMPLATE_REQUIRED',
    );
  });

  it('records a test send; refuses an address the channel cannot take', async () => {
    const { createMailing } = await ws.as.MANAGER.requestOk(CREATE, { input: draft({ groupId }) });
    const { sendTestMailing } = await ws.as.MANAGER.requestOk(TEST_SEND, {
      id: createMailing.id,
      to: 'me@example.com',
    });
    const [row] = await query<{ address: string; state: string; requested_by_name: string }>(
      'select address, state, requested_by_name from mailing_test_send where id = ?',
      [sendTestMailing],
    );
    expect(row).toEqual({ address: 'me@example.com', state: 'QUEUED', requested_by_name: 'MANAGER person' });
    const bad = await ws.as.MANAGER.request(TEST_SEND, { id: createMailing.id, to: 'not an email' });
    expect(problemOf(bad)).toBe('MAILING_TEST_ADDRESS_INVALID');
  });

  it('lets managers run mailings and analysts read them; others are refused', async () => {
    const { createMailing } = await ws.as.MANAGER.requestOk(CREATE, {
      input: draft({ groupId }, { name: 'Roles' }),
    });
    const list = (await ws.as.ANALYST.requestOk(LIST)).mailings;
    expect(list.nodes.map((m: { name: string }) => m.name)).toContain('Roles');
    for (const attack of [
      ws.as.ANALYST.request(CREATE, { input: draft({ groupId }) }),
      ws.as.ANALYST.request(START, { id: createMailing.id }),
      ws.as.ANALYST.request(TEST_SEND, { id: createMailing.id, to: 'x@example.com' }),
      ws.as.OPERATOR.request(LIST),
      ws.as.OPERATOR.request(COUNT, { channel: 'EMAIL', audience: { groupId } }),
      ws.as.OPERATOR.request(REPORT, { id: createMailing.id }),
    ])
      expect(categoryOf(await attack)).toBe('FORBIDDEN');
    expect((await ws.as.MANAGER.requestOk(GET, { id: createMailing.id })).mailing.state).toBe('DRAFT');
  });

  it('keeps workspaces apart: another workspace cannot see, start or cancel a mailing, nor count a segment or a group', async () => {
    const { createMailing } = await ws.as.MANAGER.requestOk(CREATE, {
      input: draft({ groupId }, { name: 'Ours' }),
    });
    const id = createMailing.id;
    const them = other.as.MANAGER;
    expect(problemOf(await them.request(GET, { id }))).toBe('MAILING_NOT_FOUND');
    expect(problemOf(await them.request(START, { id }))).toBe('MAILING_NOT_FOUND');
    expect(problemOf(await them.request(CANCEL, { id }))).toBe('MAILING_NOT_FOUND');
    expect(problemOf(await them.request(UPDATE, { id, input: draft({ groupId }) }))).toBe(
      'MAILING_NOT_FOUND',
    );
    expect(problemOf(await them.request(REPORT, { id }))).toBe('MAILING_NOT_FOUND');
    expect(problemOf(await them.request(TEST_SEND, { id, to: 'x@example.com' }))).toBe('MAILING_NOT_FOUND');
    expect((await them.requestOk(LIST)).mailings.totalCount).toBe(0);
    expect(problemOf(await them.request(COUNT, { channel: 'EMAIL', audience: { segmentId } }))).toBe(
      'SEGMENT_NOT_FOUND',
    );
    expect(problemOf(await them.request(COUNT, { channel: 'EMAIL', audience: { groupId } }))).toBe(
      'GROUP_UNKNOWN',
    );
    expect(problemOf(await them.request(CREATE, { input: draft({ segmentId }) }))).toBe('SEGMENT_NOT_FOUND');
    // Listing our customers' ids reaches none of them.
    const listed = (
      await them.requestOk(COUNT, { channel: 'EMAIL', audience: { customerIds: [c.Reza, c.R1] } })
    ).mailingAudience;
    expect(listed).toMatchObject({ total: 0, reachable: 0 });
    // Their own message-state calls cannot touch our messages.
    const [ours] = await query<{ id: string }>('select id::text as id from mailing_message limit 1');
    expect(
      await server.app.services.mailings.recordMessageState(other.id, [
        { messageId: ours?.id as string, state: 'FAILED' },
      ]),
    ).toEqual([]);
    expect((await ws.as.MANAGER.requestOk(GET, { id })).mailing.state).toBe('DRAFT');
  });
});
