import { startTestServer, type TestServer, type TestWorkspace } from '@patron/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nationalIdsPlugin from './index.js';

const CREATE_DEF = `mutation($input: CreateAttributeDefinitionInput!) {
  createAttributeDefinition(input: $input) { key format formatHint { en ru fa } } }`;
const CREATE = 'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id attributes } }';
const IMPORT = `id state counts { rows created invalid } reportFileId`;

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const fields = (answer: Answer) =>
  answer.errors?.[0]?.extensions?.fields as { path: (string | number)[]; problem: { code: string } }[];

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ plugins: [nationalIdsPlugin()] });
  ws = await server.workspace();
  for (const [key, format, label] of [
    ['nationalCode', 'ir-national-code', 'National code'],
    ['inn', 'ru-inn', 'INN'],
    ['snils', 'ru-snils', 'SNILS'],
  ])
    await ws.as.ADMIN.requestOk(CREATE_DEF, {
      input: { key, type: 'TEXT', group: 'main', label: { en: label }, format },
    });
});
afterAll(async () => server?.close());

const cookie = () => [...ws.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

describe('national-ids plugin', () => {
  it('offers its three formats for text attributes, labelled and hinted in en/ru/fa', async () => {
    const data = await ws.as.ANALYST.requestOk('{ attributeFormats { key base module label { en ru fa } } }');
    expect(data.attributeFormats.map((f: { key: string }) => f.key)).toEqual([
      'ir-national-code',
      'ru-inn',
      'ru-snils',
    ]);
    expect(data.attributeFormats[0]).toEqual({
      key: 'ir-national-code',
      base: 'TEXT',
      module: 'national-ids',
      label: { en: 'Iranian national code', ru: 'Национальный код Ирана', fa: 'کد ملی' },
    });
    const defs = await ws.as.ANALYST.requestOk('{ attributeDefinitions { key formatHint { fa } } }');
    expect(defs.attributeDefinitions).toContainEqual({ key: 'nationalCode', formatHint: { fa: '۱۰ رقم' } });
  });

  it('stores the digits of what staff type: Persian digits, dropped zeros, groups', async () => {
    const created = await ws.as.OPERATOR.requestOk(CREATE, {
      a: { firstName: 'Sara', nationalCode: '۴۹۹-۳۷۰۸۹-۹', inn: '7707 083893', snils: '112-233-445 95' },
    });
    expect(created.createCustomer.attributes).toMatchObject({
      nationalCode: '0499370899',
      inn: '7707083893',
      snils: '11223344595',
    });
  });

  it('refuses a wrong number on create and update with the format’s code at the field', async () => {
    const bad = await ws.as.OPERATOR.request(CREATE, {
      a: { firstName: 'Reza', nationalCode: '0499370898', inn: '500100732258' },
    });
    expect(fields(bad)).toMatchObject([
      { path: ['input', 'attributes', 'nationalCode'], problem: { code: 'NATIONAL_CODE_INVALID' } },
      { path: ['input', 'attributes', 'inn'], problem: { code: 'INN_INVALID' } },
    ]);
    const made = await ws.as.OPERATOR.requestOk(CREATE, { a: { firstName: 'Reza', inn: '500100732259' } });
    const update = await ws.as.OPERATOR.request(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { snils: "112-233-445 96" } }) { id } }',
      { id: made.createCustomer.id },
    );
    expect(fields(update)).toMatchObject([
      { path: ['input', 'attributes', 'snils'], problem: { code: 'SNILS_INVALID' } },
    ]);
  });

  it('refuses a bulk edit that would write a wrong number, before anything runs', async () => {
    const made = await ws.as.OPERATOR.requestOk(CREATE, { a: { firstName: 'Bulk' } });
    const bad = await ws.as.OPERATOR.request(
      `mutation($selection: CustomerSelection!, $action: BulkActionInput!) {
        startBulkAction(selection: $selection, action: $action) { id } }`,
      {
        selection: { ids: [made.createCustomer.id] },
        action: { kind: 'SET_FIELDS', attributes: { nationalCode: '1111111111' } },
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['action', 'attributes', 'nationalCode'],
    });
  });

  it('imports a file: the row with a wrong code is left out naming its line and column, the others stored normalised', async () => {
    const file = [
      'First name,Mobile,National code',
      'Arash,09121110001,۰۰۱۲۳۴۵۶۷۹',
      'Bad,09121110002,0012345678',
      'Omid,09121110003,76543218',
    ].join('\r\n');
    const res = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: { cookie: cookie(), 'x-patron-csrf': '1', 'x-file-name': 'codes.csv' },
      body: file,
    });
    const { fileId } = (await res.json()) as { fileId: string };
    const opened = await ws.as.MANAGER.requestOk(
      `mutation($input: OpenImportInput!) { openImport(input: $input) { id } }`,
      { input: { fileId, kind: 'CUSTOMERS' } },
    );
    const id = opened.openImport.id;
    await ws.as.MANAGER.requestOk(
      `mutation($input: ConfigureImportInput!) { configureImport(input: $input) { id } }`,
      {
        input: {
          id,
          matchOn: 'MOBILE',
          columns: [
            { index: 0, target: 'firstName' },
            { index: 1, target: 'mobile' },
            { index: 2, target: 'nationalCode' },
          ],
        },
      },
    );
    const preview = await ws.as.MANAGER.requestOk(
      `query($id: ID!) { importPreview(id: $id) { rows { line outcome problem { code }
        cells { header value problem { code } } } } }`,
      { id },
    );
    expect(preview.importPreview.rows).toMatchObject([
      { line: 2, outcome: 'NEW', cells: [{}, {}, { value: '0012345679' }] },
      {
        line: 3,
        outcome: 'INVALID',
        problem: { code: 'NATIONAL_CODE_INVALID' },
        cells: [{}, {}, { value: null, problem: { code: 'NATIONAL_CODE_INVALID' } }],
      },
      { line: 4, outcome: 'NEW', cells: [{}, {}, { value: '0076543218' }] },
    ]);

    await ws.as.MANAGER.requestOk(`mutation($id: ID!) { startImport(id: $id) { id } }`, { id });
    let job: { state: string; counts: object; reportFileId: string } | undefined;
    for (let i = 0; i < 300 && !['DONE', 'FAILED'].includes(job?.state ?? ''); i++) {
      if (i) await new Promise((r) => setTimeout(r, 100));
      job = (await ws.as.MANAGER.requestOk(`query($id: ID!) { import(id: $id) { ${IMPORT} } }`, { id }))
        .import;
    }
    expect(job).toMatchObject({ state: 'DONE', counts: { rows: 3, created: 2, invalid: 1 } });
    const stored = await server.app.orm.em.getConnection().execute<{ first: string; code: string }[]>(
      `select attributes->>'firstName' as first, attributes->>'nationalCode' as code from customer
          where workspace_id = ? and attributes->>'firstName' in ('Arash', 'Bad', 'Omid')
          order by 1`,
      [ws.id],
    );
    expect(stored).toEqual([
      { first: 'Arash', code: '0012345679' },
      { first: 'Omid', code: '0076543218' },
    ]);
    const report = await fetch(`${server.url}/files/${job?.reportFileId}`, { headers: { cookie: cookie() } });
    const lines = (await report.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^3,National code,.*Iranian national code/);
  });
});
