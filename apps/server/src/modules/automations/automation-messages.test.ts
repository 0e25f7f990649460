import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SmtpPeer,
  startSmtpPeer,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';

const SECRET_KEY = 'test-only-key-0123456789abcdef0123456789';
const CREATE = 'mutation($input: AutomationInput!) { createAutomation(input: $input) { id } }';
const RUNS = `query($id: ID!) { automationRuns(automationId: $id, first: 100) {
  edges { node { id customerId state errorCode attempts retryAt outcomes { kind state code detail } } } } }`;
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const UPDATE_CUSTOMER =
  'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }';
const TEMPLATE = 'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }';
const SAVE_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [MESSAGE_SENT, MESSAGE_DELIVERED, MESSAGE_FAILED]) {
  edges { node { type actor { kind name } changes { key newValue } } } } } }`;

type Run = {
  id: string;
  customerId: string;
  state: string;
  errorCode: string | null;
  attempts: number;
  retryAt: string | null;
  outcomes: { kind: string; state: string; code: string | null; detail: Record<string, unknown> }[];
};

let server: TestServer;
let ws: TestWorkspace;
let peer: SmtpPeer;
let email: string;
let sms: string;
const system = { kind: 'system' as const, id: null, name: 'test' };

const runner = () => server.app.services.automationRunner;
const problems = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (
    (res.errors?.[0]?.extensions?.fields ?? []) as { path: (string | number)[]; problem: { code: string } }[]
  ).map((f) => [f.path.join('.'), f.problem.code]);
const send = (channel: string, templateId: string) => ({
  kind: 'SEND_MESSAGE',
  params: { channel, templateId },
});

/** A customer given their consent before any automation sees them join (as a till does in two calls). */
async function customer(attributes: Record<string, unknown>, consent = true): Promise<string> {
  return server.app.outbox.hold(async () => {
    const id = (await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, { input: { attributes } })).createCustomer.id;
    if (consent)
      await server.app.services.consents.grant(ws.id, system, {
        customerId: id,
        kind: 'EMAIL',
        capturedVia: 'IN_STORE',
      });
    return id as string;
  });
}
async function runs(id: string): Promise<Run[]> {
  return (await ws.as.ANALYST.requestOk(RUNS, { id })).automationRuns.edges.map((e: { node: Run }) => e.node);
}
/** Only the automation a test creates next welcomes newcomers. */
async function onlyNewWelcomes() {
  for (const a of (await ws.as.MANAGER.requestOk('{ automations { id trigger { kind } } }')).automations)
    if (a.trigger.kind === 'JOINED')
      await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteAutomation(id: $id) }', { id: a.id });
}
const mailTo = (address: string) => peer.received.filter((m) => m.envelope.to.includes(address));

beforeAll(async () => {
  peer = await startSmtpPeer();
  server = await startTestServer({ secretKey: SECRET_KEY });
  ws = await server.workspace();
  await server.app.services.workspaceSettings.update(ws.id, system, { timeZone: 'Asia/Tehran' });
  const settings = {
    host: '127.0.0.1',
    port: String(peer.port),
    security: 'none',
    user: 'club',
    password: 'smtp-secret',
    fromAddress: 'news@club.example',
    fromName: 'Coffee Club',
  };
  await ws.as.ADMIN.requestOk(SAVE_ACCOUNT, {
    input: {
      provider: 'smtp',
      name: 'Mail',
      enabled: true,
      isDefault: true,
      settings: Object.entries(settings).map(([key, value]) => ({ key, value })),
    },
  });
  email = (
    await ws.as.MANAGER.requestOk(TEMPLATE, {
      input: {
        name: 'Greeting',
        channel: 'EMAIL',
        contents: [
          {
            language: 'EN',
            subject: 'Greetings, {{ customer.first_name }}',
            text: 'A gift from {{ workspace.name }}',
          },
          {
            language: 'RU',
            subject: 'Поздравляем, {{ customer.first_name }}',
            text: 'Подарок от {{ workspace.name }}',
          },
        ],
      },
    })
  ).createMessageTemplate.id;
  sms = (
    await ws.as.MANAGER.requestOk(TEMPLATE, {
      input: { name: 'Birthday SMS', channel: 'SMS', contents: [{ language: 'EN', text: 'Happy birthday' }] },
    })
  ).createMessageTemplate.id;
});
afterAll(async () => {
  await server?.close();
  await peer?.close();
});

describe('the send-a-message action', () => {
  it('is refused at save when the template is missing or of another channel, or nothing sends the channel', async () => {
    const res = await ws.as.MANAGER.request(CREATE, {
      input: {
        name: 'Wrong',
        trigger: { kind: 'BIRTHDAY' },
        actions: [
          send('EMAIL', sms),
          send('EMAIL', '00000000-0000-4000-8000-000000000000'),
          send('SMS', sms),
          send('FAX', email),
          { kind: 'SEND_MESSAGE', params: {} },
        ],
      },
    });
    expect(problems(res)).toEqual([
      ['input.actions.0.params.templateId', 'AUTOMATION_TEMPLATE_CHANNEL'],
      ['input.actions.1.params.templateId', 'TEMPLATE_NOT_FOUND'],
      ['input.actions.2.params.channel', 'AUTOMATION_CHANNEL_NO_ACCOUNT'],
      ['input.actions.3.params.channel', 'AUTOMATION_CHANNEL_UNKNOWN'],
      ['input.actions.4.params.channel', 'REQUIRED'],
      ['input.actions.4.params.templateId', 'REQUIRED'],
    ]);
  });

  it('sends a birthday email once a year in the customer language; without consent it is skipped and the run goes on', async () => {
    const vip = (
      await ws.as.ADMIN.requestOk(
        'mutation { createTag(input: { name: "Birthday", color: "#aa0000" }) { id } }',
      )
    ).createTag.id;
    const maria = await customer({
      firstName: 'Мария',
      email: 'maria@example.com',
      birthDate: '1990-03-10',
      language: 'ru',
    });
    const olga = await customer(
      { firstName: 'Olga', email: 'olga@example.com', birthDate: '1991-03-10' },
      false,
    );
    const nameless = await customer({ email: 'nameless@example.com', birthDate: '1992-03-10' });
    const { id } = (
      await ws.as.MANAGER.requestOk(CREATE, {
        input: {
          name: 'Birthday greeting',
          trigger: { kind: 'BIRTHDAY' },
          actions: [send('EMAIL', email), { kind: 'ADD_TAG', params: { tagId: vip } }],
        },
      })
    ).createAutomation;

    // 00:30 on 10 March in Tehran; the job runs twice that day.
    const now = new Date('2027-03-09T21:00:00Z');
    expect(await runner().scan(now)).toBe(3);
    // As if the day were scanned again (a second process, a lost mark): the occurrence key holds.
    await server.app.orm.em
      .getConnection()
      .execute('update automation set scanned_through = null where workspace_id = ? and id = ?', [ws.id, id]);
    expect(await runner().scan(now)).toBe(0);

    const [mail, ...more] = mailTo('maria@example.com');
    expect(more).toEqual([]);
    expect(mail?.mail.subject).toBe('Поздравляем, Мария');
    expect(mail?.mail.text).toMatch(/^Подарок от \S/);
    expect(mailTo('olga@example.com')).toEqual([]);
    // Never a half-filled message: the greeting needs a first name.
    expect(mailTo('nameless@example.com')).toEqual([]);

    const log = await runs(id);
    const of = (customerId: string) => log.find((r) => r.customerId === customerId) as Run;
    expect(mail?.mail.messageId).toBe(`<automation-${of(maria).id}-0@club.example>`);
    expect(of(maria)).toMatchObject({ state: 'DONE', retryAt: null });
    expect(of(maria).outcomes[0]).toMatchObject({
      kind: 'SEND_MESSAGE',
      state: 'DONE',
      detail: { channel: 'EMAIL', templateId: email, template: 'Greeting', language: 'ru' },
    });
    expect(of(olga)).toMatchObject({ state: 'DONE', errorCode: null, retryAt: null });
    expect(of(olga).outcomes.map((o) => [o.kind, o.state, o.code])).toEqual([
      ['SEND_MESSAGE', 'SKIPPED', 'NO_CONSENT'],
      ['ADD_TAG', 'DONE', null],
    ]);
    expect(of(nameless).outcomes[0]).toMatchObject({
      state: 'SKIPPED',
      code: 'TEMPLATE_VARIABLE_MISSING',
      detail: { variable: 'customer.first_name' },
    });

    const history = (await ws.as.ANALYST.requestOk(HISTORY, { id: maria })).customer.history.edges;
    expect(history.map((e: { node: unknown }) => e.node)).toEqual([
      {
        type: 'MESSAGE_SENT',
        actor: { kind: 'system', name: 'Birthday greeting' },
        changes: [{ key: 'automation', newValue: { id, name: 'Birthday greeting', channel: 'EMAIL' } }],
      },
    ]);
    expect((await ws.as.ANALYST.requestOk(HISTORY, { id: olga })).customer.history.edges).toEqual([]);
  });

  it('names the templates it sends to whoever reads automations, without reading templates', async () => {
    const { id } = (
      await ws.as.MANAGER.requestOk(CREATE, {
        input: {
          name: 'Two greetings',
          trigger: { kind: 'BIRTHDAY' },
          actions: [send('EMAIL', email), send('EMAIL', email)],
        },
      })
    ).createAutomation;
    const denied = await ws.as.ANALYST.request('{ messageTemplates { id name } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { automation } = await ws.as.ANALYST.requestOk(
      'query($id: ID!) { automation(id: $id) { templates { id name } } }',
      { id },
    );
    expect(automation.templates).toEqual([{ id: email, name: 'Greeting' }]);
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteAutomation(id: $id) }', { id });
  });

  it('a 451 fails the run, its retry sends once; a 550 fails for good with the reason', async () => {
    const { id } = (
      await ws.as.MANAGER.requestOk(CREATE, {
        input: { name: 'Welcome mail', trigger: { kind: 'JOINED' }, actions: [send('EMAIL', email)] },
      })
    ).createAutomation;
    const later = await customer({ firstName: 'Lena', email: 'status-451@example.com' });
    const never = await customer({ firstName: 'Nina', email: 'status-550@example.com' });
    await server.app.outbox.drain();
    await server.app.outbox.drain();

    let log = await runs(id);
    const of = (customerId: string) => log.find((r) => r.customerId === customerId) as Run;
    expect(of(later)).toMatchObject({
      state: 'FAILED',
      errorCode: 'CHANNEL_PROVIDER_UNAVAILABLE',
      attempts: 1,
    });
    expect(of(later).retryAt).not.toBeNull();
    expect(of(never)).toMatchObject({
      state: 'FAILED',
      errorCode: 'CHANNEL_ADDRESS_REJECTED',
      retryAt: null,
    });
    expect(of(never).outcomes[0]).toMatchObject({ state: 'FAILED', code: 'CHANNEL_ADDRESS_REJECTED' });

    // The mailbox takes mail again (here: the customer's address was corrected) by the retry.
    await ws.as.OPERATOR.requestOk(UPDATE_CUSTOMER, {
      id: later,
      input: { attributes: { email: 'lena@example.com' } },
    });
    const due = new Date(Date.now() + 6 * 60_000);
    expect(await runner().retryDue(due)).toBe(1);
    expect(await runner().retryDue(new Date(Date.now() + 86_400_000))).toBe(0);
    expect(mailTo('lena@example.com').map((m) => m.mail.subject)).toEqual(['Greetings, Lena']);
    expect(mailTo('status-550@example.com')).toEqual([]);
    log = await runs(id);
    expect(of(later)).toMatchObject({ state: 'DONE', errorCode: null, attempts: 2, retryAt: null });

    const types = async (customerId: string) =>
      (await ws.as.ANALYST.requestOk(HISTORY, { id: customerId })).customer.history.edges.map(
        (e: { node: { type: string; changes: { key: string; newValue: unknown }[] } }) => [
          e.node.type,
          e.node.changes.find((c) => c.key === 'reason')?.newValue ?? null,
        ],
      );
    expect(await types(later)).toEqual([['MESSAGE_SENT', null]]);
    expect(await types(never)).toEqual([['MESSAGE_FAILED', 'CHANNEL_ADDRESS_REJECTED']]);
  });

  it('a welcome waits a moment for a consent given just after the customer joined, then is skipped without one', async () => {
    await onlyNewWelcomes();
    const { id } = (
      await ws.as.MANAGER.requestOk(CREATE, {
        input: { name: 'Till welcome', trigger: { kind: 'JOINED' }, actions: [send('EMAIL', email)] },
      })
    ).createAutomation;
    // Two calls, as a till makes them: the customer first, the consent a moment later.
    const soon = await customer({ firstName: 'Parisa', email: 'parisa@example.com' }, false);
    const never = await customer({ firstName: 'Neda', email: 'neda@example.com' }, false);
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    const of = async (customerId: string) => (await runs(id)).find((r) => r.customerId === customerId) as Run;
    expect(await of(soon)).toMatchObject({ state: 'PENDING', attempts: 0, errorCode: null });
    expect(mailTo('parisa@example.com')).toEqual([]);

    await server.app.services.consents.grant(ws.id, system, {
      customerId: soon,
      kind: 'EMAIL',
      capturedVia: 'IN_STORE',
    });
    // The other has waited past the two minutes: as if its run had begun three minutes ago.
    await server.app.orm.em
      .getConnection()
      .execute("update automation_run set created_at = now() - interval '3 minutes' where customer_id = ?", [
        never,
      ]);
    await runner().retryDue(new Date(Date.now() + 60_000));
    expect(mailTo('parisa@example.com').map((m) => m.mail.subject)).toEqual(['Greetings, Parisa']);
    expect(await of(soon)).toMatchObject({ state: 'DONE' });
    expect(mailTo('neda@example.com')).toEqual([]);
    expect((await of(never)).outcomes.map((o) => [o.state, o.code])).toEqual([['SKIPPED', 'NO_CONSENT']]);
  });

  it("waits out the workspace's quiet hours: a message due in them leaves when they end, not as a failure", async () => {
    await onlyNewWelcomes();
    const { id } = (
      await ws.as.MANAGER.requestOk(CREATE, {
        input: { name: 'Night welcome', trigger: { kind: 'JOINED' }, actions: [send('EMAIL', email)] },
      })
    ).createAutomation;
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Tehran',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const at = (ms: number) => local.format(new Date(Date.now() + ms));
    await server.app.services.workspaceSettings.update(ws.id, system, {
      quietHours: { start: at(-3_600_000), end: at(3_600_000) },
    });
    const night = await customer({ firstName: 'Roya', email: 'roya@example.com' });
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    const [run] = (await runs(id)).filter((r) => r.customerId === night);
    expect(run).toMatchObject({ state: 'PENDING', attempts: 0, errorCode: null });
    expect(new Date(run?.retryAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(mailTo('roya@example.com')).toEqual([]);

    await server.app.services.workspaceSettings.update(ws.id, system, { quietHours: null });
    // (Earlier tests' runs waiting for a retry within the two hours are taken up too.)
    expect(await runner().retryDue(new Date(Date.now() + 2 * 3_600_000))).toBeGreaterThanOrEqual(1);
    expect(mailTo('roya@example.com').map((m) => m.mail.subject)).toEqual(['Greetings, Roya']);
    expect((await runs(id)).find((r) => r.customerId === night)).toMatchObject({
      state: 'DONE',
      attempts: 1,
    });
  });
});
