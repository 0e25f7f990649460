import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { isRenderProblem } from './template-renderer.js';

const TEMPLATE = 'id name channel contents { language subject text html }';
const CREATE = `mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { ${TEMPLATE} } }`;
const UPDATE = `mutation($id: ID!, $input: MessageTemplateInput!) { updateMessageTemplate(id: $id, input: $input) { id } }`;
const DELETE = 'mutation($id: ID!) { deleteMessageTemplate(id: $id) }';
const GET = `query($id: ID!) { messageTemplate(id: $id) { ${TEMPLATE} } }`;
const LIST = `{ messageTemplates { ${TEMPLATE} } }`;
const PREVIEW = `query($customerId: ID!, $templateId: ID, $draft: MessageTemplateInput, $language: Locale) {
  previewTemplate(customerId: $customerId, templateId: $templateId, draft: $draft, language: $language) {
    language subject text html smsLength { encoding characters parts perPart } problem { code variable message } } }`;
const CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';

type Errors = { errors?: { extensions?: Record<string, unknown> }[] };
const fieldsOf = (res: Errors) =>
  (res.errors?.[0]?.extensions?.fields ?? []) as {
    path: (string | number)[];
    problem: { code: string; params: Record<string, unknown> };
  }[];
const problemOf = (res: Errors) =>
  (res.errors?.[0]?.extensions?.problem as { code: string } | undefined)?.code;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
const customer = { ru: '', fa: '', nameless: '', html: '', ofB: '' };
let smsId: string;

const sms = (contents: Record<string, unknown>[], name = `SMS ${randomUUID()}`) => ({
  name,
  channel: 'SMS',
  contents,
});
const newCustomer = async (ws: TestWorkspace, attributes: Record<string, unknown>) =>
  (await ws.as.OPERATOR.requestOk(CUSTOMER, { input: { attributes } })).createCustomer.id as string;

beforeAll(async () => {
  server = await startTestServer();
  a = await server.workspace('Club A');
  b = await server.workspace('Club B');
  customer.ru = await newCustomer(a, { firstName: 'Мария', lastName: 'Иванова', language: 'ru' });
  customer.fa = await newCustomer(a, { firstName: 'سارا', lastName: 'رضایی', language: 'fa' });
  customer.nameless = await newCustomer(a, { mobile: '+79001234567' });
  customer.html = await newCustomer(a, { firstName: '<b>Bob</b> & Co', language: 'en' });
  customer.ofB = await newCustomer(b, { firstName: 'Olga' });
  const tier = await a.as.ADMIN.requestOk(
    'mutation($input: TierInput!) { createTier(input: $input) { id } }',
    {
      // A threshold nobody reaches: only the customers given it by hand are Gold.
      input: { key: 'gold', name: { en: 'Gold', ru: 'Золото', fa: 'طلایی' }, minPurchaseCount: 1000 },
    },
  );
  for (const id of [customer.ru, customer.fa])
    await a.as.OPERATOR.requestOk(
      'mutation($c: ID!, $t: ID) { setCustomerManualTier(customerId: $c, tierId: $t) { __typename } }',
      {
        c: id,
        t: tier.createTier.id,
      },
    );
  const expiresAt = new Date(Date.UTC(2099, 0, 15, 12));
  for (const [id, amount] of [
    [customer.ru, 120],
    [customer.fa, 30],
  ] as const)
    await a.as.OPERATOR.requestOk(
      'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }',
      {
        input: { customerId: id, currency: 'coins', amount, expiresAt, idempotencyKey: randomUUID() },
      },
    );
});
afterAll(async () => server?.close());

describe('saving a template', () => {
  it('refuses a syntax error, an unknown variable, an include and a forbidden part, naming where; nothing is kept', async () => {
    const res = await a.as.MANAGER.request(CREATE, {
      input: sms([
        { language: 'EN', text: 'Hello {{ customer.first_name }}\n  {% if customer.number %}yes' },
        { language: 'RU', text: 'Привет {{ customer.nickname }}', html: '<p>x</p>' },
        { language: 'FA', text: "سلام\n{% include 'secrets' %}" },
      ]),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res).map((f) => [f.path.join('.'), f.problem.code, f.problem.params])).toEqual([
      [
        'input.contents.0.text',
        'TEMPLATE_SYNTAX',
        {
          language: 'en',
          part: 'text',
          line: 2,
          column: 3,
          message: 'tag {% if customer.number %} not closed',
        },
      ],
      ['input.contents.1.html', 'TEMPLATE_PART_NOT_FOR_CHANNEL', { channel: 'SMS', part: 'html' }],
      [
        'input.contents.1.text',
        'TEMPLATE_VARIABLE_UNKNOWN',
        { variable: 'customer.nickname', language: 'ru', part: 'text', line: 1, column: 11 },
      ],
      [
        'input.contents.2.text',
        'TEMPLATE_TAG_FORBIDDEN',
        { tag: 'include', language: 'fa', part: 'text', line: 2, column: 1 },
      ],
    ]);
    expect((await a.as.MANAGER.requestOk(LIST)).messageTemplates).toEqual([]);
  });

  it('refuses unknown filters, prototype properties, currencies the workspace lacks and an email without subject or body', async () => {
    const bad = async (text: string) =>
      fieldsOf(await a.as.MANAGER.request(CREATE, { input: sms([{ language: 'EN', text }]) }))[0]?.problem;
    expect(await bad('{{ customer.first_name | exec }}')).toMatchObject({
      code: 'TEMPLATE_SYNTAX',
      params: { message: 'undefined filter: exec' },
    });
    expect(await bad('{{ customer.constructor }}')).toMatchObject({
      code: 'TEMPLATE_VARIABLE_UNKNOWN',
      params: { variable: 'customer.constructor' },
    });
    expect(await bad('{{ balances.gold }}')).toMatchObject({ code: 'TEMPLATE_VARIABLE_UNKNOWN' });
    expect(await bad('{% layout "x" %}')).toMatchObject({
      code: 'TEMPLATE_TAG_FORBIDDEN',
      params: { tag: 'layout' },
    });
    expect(await bad('{% render "x" %}')).toMatchObject({
      code: 'TEMPLATE_TAG_FORBIDDEN',
      params: { tag: 'render' },
    });
    const email = await a.as.MANAGER.request(CREATE, {
      input: {
        name: 'Mail',
        channel: 'EMAIL',
        contents: [{ language: 'EN', subject: ' ', text: '', html: null }],
      },
    });
    expect(fieldsOf(email).map((f) => [f.path.join('.'), f.problem.code])).toEqual([
      ['input.contents.0.subject', 'REQUIRED'],
      ['input.contents.0.text', 'TEMPLATE_BODY_REQUIRED'],
    ]);
    const empty = await a.as.MANAGER.request(CREATE, { input: { name: 'x', channel: 'sms', contents: [] } });
    expect(fieldsOf(empty).map((f) => f.problem.code)).toEqual([
      'TEMPLATE_CHANNEL_INVALID',
      'TEMPLATE_LANGUAGES_REQUIRED',
    ]);
  });

  it('keeps a valid template in every language, with a unique name, for managers only', async () => {
    const input = sms(
      [
        { language: 'EN', text: 'Hi {{ customer.first_name }}, {{ balances.coins }} coins' },
        {
          language: 'RU',
          text:
            '{{ customer.full_name }} (№{{ customer.number }}), уровень {{ tier.name }}: {{ balances.coins }} монет, ' +
            '{{ points_expiring.coins.amount }} сгорят {{ points_expiring.coins.date }}. {{ workspace.name }}',
        },
        { language: 'FA', text: '{{ customer.first_name }} عزیز، سطح {{ tier.name }}' },
      ],
      'Balance reminder',
    );
    const { createMessageTemplate } = await a.as.MANAGER.requestOk(CREATE, { input });
    smsId = createMessageTemplate.id;
    expect(createMessageTemplate.contents.map((c: { language: string }) => c.language)).toEqual([
      'EN',
      'RU',
      'FA',
    ]);
    const taken = await a.as.MANAGER.request(CREATE, { input });
    expect(fieldsOf(taken)[0]).toMatchObject({
      path: ['input', 'name'],
      problem: { code: 'TEMPLATE_NAME_TAKEN' },
    });
    expect(problemOf(await a.as.ANALYST.request(LIST))).toBe('FORBIDDEN');
    expect(problemOf(await a.as.OPERATOR.request(CREATE, { input: { ...input, name: 'x' } }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('preview', () => {
  it("renders for a customer in their language, with tier, balance and expiring points, and the SMS's length", async () => {
    const ru = (await a.as.MANAGER.requestOk(PREVIEW, { customerId: customer.ru, templateId: smsId }))
      .previewTemplate;
    expect(ru).toMatchObject({ language: 'RU', subject: null, html: null, problem: null });
    expect(ru.text).toMatch(
      /^Мария Иванова \(№\d+\), уровень Золото: 120 монет, 120 сгорят 2099-01-15\. Club A$/,
    );
    expect(ru.smsLength).toEqual({ encoding: 'UCS_2', characters: ru.text.length, parts: 2, perPart: 67 });
    const fa = (await a.as.MANAGER.requestOk(PREVIEW, { customerId: customer.fa, templateId: smsId }))
      .previewTemplate;
    expect(fa).toMatchObject({
      language: 'FA',
      text: 'سارا عزیز، سطح طلایی',
      smsLength: { encoding: 'UCS_2', parts: 1 },
    });
    const en = (
      await a.as.MANAGER.requestOk(PREVIEW, { customerId: customer.fa, templateId: smsId, language: 'EN' })
    ).previewTemplate;
    expect(en).toMatchObject({ language: 'EN', text: 'Hi سارا, 30 coins' });
  });

  it('names the variable a customer has no value for, and a default filter fills it', async () => {
    const draft = (text: string) => sms([{ language: 'EN', text }], 'draft');
    const missing = (
      await a.as.MANAGER.requestOk(PREVIEW, {
        customerId: customer.nameless,
        draft: draft('Hi {{ customer.first_name }}!'),
      })
    ).previewTemplate;
    expect(missing).toMatchObject({
      text: null,
      problem: { code: 'TEMPLATE_VARIABLE_MISSING', variable: 'customer.first_name' },
    });
    const expiring = (
      await a.as.MANAGER.requestOk(PREVIEW, {
        customerId: customer.nameless,
        draft: draft('{{ points_expiring.coins.amount }}'),
      })
    ).previewTemplate;
    expect(expiring.problem).toMatchObject({ variable: 'points_expiring.coins.amount' });
    const fallback = (
      await a.as.MANAGER.requestOk(PREVIEW, {
        customerId: customer.nameless,
        draft: draft(
          // (Not the tier: creating the first tier may place every customer in it, at a moment of its own.)
          'Hi {{ customer.first_name | default: "friend" }}{% if customer.last_name %} {{ customer.last_name }}{% endif %}!',
        ),
      })
    ).previewTemplate;
    expect(fallback).toMatchObject({
      language: 'EN',
      text: 'Hi friend!',
      problem: null,
      smsLength: { encoding: 'GSM_7', parts: 1 },
    });
    // A draft is checked like a save.
    const bad = await a.as.MANAGER.request(PREVIEW, {
      customerId: customer.nameless,
      draft: draft('{{ nope }}'),
    });
    expect(fieldsOf(bad)[0]).toMatchObject({
      path: ['draft', 'contents', 0, 'text'],
      problem: { code: 'TEMPLATE_VARIABLE_UNKNOWN' },
    });
  });

  it('escapes values written into HTML and makes the text of an HTML-only email', async () => {
    const draft = {
      name: 'mail',
      channel: 'EMAIL',
      contents: [
        {
          language: 'EN',
          subject: 'For {{ customer.first_name }}',
          html: '<p>Dear {{ customer.first_name }},</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>',
        },
      ],
    };
    const mail = (await a.as.MANAGER.requestOk(PREVIEW, { customerId: customer.html, draft }))
      .previewTemplate;
    expect(mail).toEqual({
      language: 'EN',
      subject: 'For <b>Bob</b> & Co',
      html: '<p>Dear &lt;b&gt;Bob&lt;/b&gt; &amp; Co,</p><p><a href="#unsubscribe">Unsubscribe</a></p>',
      text: 'Dear <b>Bob</b> & Co,\nUnsubscribe (#unsubscribe)',
      smsLength: null,
      problem: null,
    });
  });
});

describe('rendering for a mailing', () => {
  it('renders 1,000 customers with the same few statements as 2, every customer getting a message or a problem', async () => {
    const rows = await server.app.services.sql.query<{ id: string }>(
      `insert into customer (workspace_id, attributes)
       select ?, jsonb_build_object('firstName', 'Guest ' || i, 'language', case when i % 2 = 0 then 'ru' else 'en' end)
         from generate_series(1, 1000) i returning id`,
      [a.id],
    );
    const ids = rows.map((r) => r.id);
    const renderer = await server.app.services.messageTemplates.renderer(a.id, smsId);
    const sql = server.app.services.sql;
    const original = sql.query;
    let statements = 0;
    sql.query = ((text: string, params: unknown[]) => {
      statements++;
      return original(text, params);
    }) as typeof sql.query;
    const count = async (customerIds: string[]) => {
      statements = 0;
      const out = await renderer.render(customerIds, (id) => ({ unsubscribeUrl: `https://x.test/u/${id}` }));
      return { out, statements };
    };
    try {
      const small = await count(ids.slice(0, 2));
      const large = await count([...ids, customer.ru, customer.ofB, 'not-an-id']);
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBeLessThanOrEqual(4);
      expect(large.out.size).toBe(1003);
      const first = large.out.get(ids[0] as string);
      expect(first).toEqual({ language: 'en', subject: null, text: 'Hi Guest 1, 0 coins', html: null });
      // The Russian text needs the tier: guests have none, and get the problem rather than half a message.
      expect(large.out.get(ids[1] as string)).toEqual({
        code: 'TEMPLATE_VARIABLE_MISSING',
        params: { variable: 'tier.name' },
      });
      expect(isRenderProblem(large.out.get(customer.ru) as never)).toBe(false);
      // Another workspace's customer and a malformed id are not this workspace's customers.
      expect(large.out.get(customer.ofB as string)).toEqual({ code: 'CUSTOMER_NOT_FOUND', params: {} });
      expect(large.out.get('not-an-id')).toEqual({ code: 'CUSTOMER_NOT_FOUND', params: {} });
    } finally {
      sql.query = original;
    }
  });
});

describe('another workspace', () => {
  it("cannot read, preview, change or delete A's template, nor preview A's customer", async () => {
    const other = b.as.MANAGER;
    expect(problemOf(await other.request(GET, { id: smsId }))).toBe('TEMPLATE_NOT_FOUND');
    expect((await other.requestOk(LIST)).messageTemplates).toEqual([]);
    expect(problemOf(await other.request(PREVIEW, { customerId: customer.ofB, templateId: smsId }))).toBe(
      'TEMPLATE_NOT_FOUND',
    );
    const draft = sms([{ language: 'EN', text: 'Hi {{ customer.first_name }}' }], 'spy');
    expect(problemOf(await other.request(PREVIEW, { customerId: customer.ru, draft }))).toBe(
      'CUSTOMER_NOT_FOUND',
    );
    expect(problemOf(await other.request(UPDATE, { id: smsId, input: draft }))).toBe('TEMPLATE_NOT_FOUND');
    expect(problemOf(await other.request(DELETE, { id: smsId }))).toBe('TEMPLATE_NOT_FOUND');
    await expect(server.app.services.messageTemplates.renderer(b.id, smsId)).rejects.toThrow(/not found/);
    expect((await a.as.MANAGER.requestOk(GET, { id: smsId })).messageTemplate.name).toBe('Balance reminder');
    expect((await a.as.MANAGER.requestOk(DELETE, { id: smsId })).deleteMessageTemplate).toBe(smsId);
  });
});
