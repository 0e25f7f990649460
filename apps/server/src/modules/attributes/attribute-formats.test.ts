import { type AttributeFormatDefinition, defineModule } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { offeredFormats } from './attribute-formats.js';

/** Formats a module might bring: a well-behaved one, one that throws, one answering with a code of its own. */
const ticket: AttributeFormatDefinition = {
  key: 'ticket',
  base: 'TEXT',
  label: { en: 'Ticket', ru: 'Билет', fa: 'بلیت' },
  hint: { en: 'T- and 4 digits' },
  normalize: (value) => {
    const m = /^t-?(\d{4})$/i.exec(value);
    return m
      ? { value: `T-${m[1]}` }
      : { problem: 'VALUE_NOT_TEXT', params: { got: value, extra: {} as never } };
  },
};
const broken: AttributeFormatDefinition = {
  key: 'broken',
  base: 'TEXT',
  label: { en: 'Broken' },
  normalize: () => {
    throw new Error('bug in a plugin');
  },
};
const homemade: AttributeFormatDefinition = {
  key: 'homemade',
  base: 'TEXT',
  label: { en: 'Homemade' },
  normalize: (value) => (value === 'ok' ? { value } : { problem: 'MY_OWN_CODE' }),
};
const formatsModule = defineModule({ name: 'test-formats', attributeFormats: [ticket, broken, homemade] });

const CREATE_DEF = `mutation($input: CreateAttributeDefinitionInput!) {
  createAttributeDefinition(input: $input) { id key format formatMissing formatHint { en } } }`;
const UPDATE_DEF = `mutation($id: ID!, $input: UpdateAttributeDefinitionInput!) {
  updateAttributeDefinition(id: $id, input: $input) { format formatMissing } }`;
const CREATE = 'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id attributes } }';

const fields = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.[0]?.extensions?.fields as {
    path: (string | number)[];
    problem: { code: string; params: object };
  }[];

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ plugins: [formatsModule] });
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('attribute formats modules add', () => {
  it('stops the start on a key two modules declare, or a malformed one', () => {
    const again = defineModule({ name: 'again', attributeFormats: [ticket] });
    expect(() => offeredFormats([formatsModule, again])).toThrow(
      'Attribute format "ticket" is declared by both module "test-formats" and module "again"; disable one of them',
    );
    const badKey = defineModule({ name: 'bad', attributeFormats: [{ ...ticket, key: 'Ticket_No' }] });
    expect(() => offeredFormats([badKey])).toThrow(/of module "bad": use a lower-kebab key/);
    const badBase = defineModule({
      name: 'bad',
      attributeFormats: [{ ...ticket, base: 'DATE' as 'TEXT' }],
    });
    expect(() => offeredFormats([badBase])).toThrow(/base "DATE" is not one of TEXT/);
  });

  it('lists the formats with their labels, hints and module', async () => {
    const data = await ws.as.ANALYST.requestOk(
      '{ attributeFormats { key base module label { en ru fa } hint { en } } }',
    );
    expect(data.attributeFormats).toContainEqual({
      key: 'ticket',
      base: 'TEXT',
      module: 'test-formats',
      label: { en: 'Ticket', ru: 'Билет', fa: 'بلیت' },
      hint: { en: 'T- and 4 digits' },
    });
  });

  it('offers a format for attributes of its base type only, and only one an enabled module provides', async () => {
    const onNumber = await ws.as.ADMIN.request(CREATE_DEF, {
      input: { key: 'seats', type: 'NUMBER', group: 'main', label: { en: 'Seats' }, format: 'ticket' },
    });
    expect(fields(onNumber)).toMatchObject([
      {
        path: ['input', 'format'],
        problem: expect.objectContaining({
          code: 'ATTRIBUTE_FORMAT_TYPE',
          params: { format: 'ticket', base: 'TEXT' },
        }),
      },
    ]);
    const unknown = await ws.as.ADMIN.request(CREATE_DEF, {
      input: { key: 'seats', type: 'TEXT', group: 'main', label: { en: 'Seats' }, format: 'no-such' },
    });
    expect(fields(unknown)[0]?.problem).toMatchObject({
      code: 'ATTRIBUTE_FORMAT_UNKNOWN',
      params: { format: 'no-such' },
    });
    const badDefault = await ws.as.ADMIN.request(CREATE_DEF, {
      input: {
        key: 'seats',
        type: 'TEXT',
        group: 'main',
        label: { en: 'Seats' },
        format: 'ticket',
        defaultValue: 'x',
      },
    });
    expect(fields(badDefault)[0]).toMatchObject({
      path: ['input', 'defaultValue'],
      problem: { code: 'VALUE_NOT_TEXT' },
    });
  });

  it('checks and stores every value through the format; a refusal names the field', async () => {
    const def = await ws.as.ADMIN.requestOk(CREATE_DEF, {
      input: { key: 'ticketNo', type: 'TEXT', group: 'main', label: { en: 'Ticket' }, format: 'ticket' },
    });
    expect(def.createAttributeDefinition).toMatchObject({
      format: 'ticket',
      formatMissing: false,
      formatHint: { en: 'T- and 4 digits' },
    });
    const created = await ws.as.OPERATOR.requestOk(CREATE, { a: { firstName: 'Ann', ticketNo: ' t1234 ' } });
    expect(created.createCustomer.attributes.ticketNo).toBe('T-1234');
    const refused = await ws.as.OPERATOR.request(CREATE, { a: { firstName: 'Bob', ticketNo: 'x99' } });
    // Parameters that are neither text nor numbers are dropped.
    expect(fields(refused)).toMatchObject([
      { path: ['input', 'attributes', 'ticketNo'], problem: { code: 'VALUE_NOT_TEXT' } },
    ]);
    expect(fields(refused)[0]?.problem.params).toEqual({ got: 'x99' });
    const updated = await ws.as.OPERATOR.request(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { ticketNo: "nope" } }) { id } }',
      { id: created.createCustomer.id },
    );
    expect(fields(updated)[0]?.path).toEqual(['input', 'attributes', 'ticketNo']);
  });

  it('refuses a value when the format throws, or answers with a code the catalogue does not know', async () => {
    for (const [key, format] of [
      ['brokenField', 'broken'],
      ['homemadeField', 'homemade'],
    ])
      await ws.as.ADMIN.requestOk(CREATE_DEF, {
        input: { key, type: 'TEXT', group: 'main', label: { en: key }, format },
      });
    const thrown = await ws.as.OPERATOR.request(CREATE, { a: { brokenField: 'anything' } });
    expect(fields(thrown)[0]?.problem).toMatchObject({
      code: 'VALUE_FORMAT_FAILED',
      params: { format: 'broken' },
    });
    const own = await ws.as.OPERATOR.request(CREATE, { a: { homemadeField: 'nope' } });
    expect(fields(own)[0]?.problem).toMatchObject({
      code: 'VALUE_FORMAT_REFUSED',
      params: { format: 'homemade', got: '"nope"' },
    });
    const fine = await ws.as.OPERATOR.requestOk(CREATE, { a: { homemadeField: 'ok' } });
    expect(fine.createCustomer.attributes.homemadeField).toBe('ok');
  });

  it('a format no enabled module provides: values kept and checked as the type alone, the definition says so', async () => {
    const def = await ws.as.ADMIN.requestOk(CREATE_DEF, {
      input: { key: 'legacyCode', type: 'TEXT', group: 'main', label: { en: 'Legacy' } },
    });
    const id = def.createAttributeDefinition.id;
    // As a definition whose module was since disabled is stored.
    await server.app.orm.em
      .getConnection()
      .execute(`update attribute_definition set format = 'gone-format' where id = ?`, [id]);
    const listed = await ws.as.ANALYST.requestOk(
      '{ attributeDefinitions { key format formatMissing formatHint { en } } }',
    );
    expect(listed.attributeDefinitions).toContainEqual({
      key: 'legacyCode',
      format: 'gone-format',
      formatMissing: true,
      formatHint: null,
    });
    const created = await ws.as.OPERATOR.requestOk(CREATE, { a: { legacyCode: '  anything goes ' } });
    expect(created.createCustomer.attributes.legacyCode).toBe('anything goes');
    // Saving the definition as it is keeps the format; choosing another checks it; null removes it.
    const kept = await ws.as.ADMIN.requestOk(UPDATE_DEF, {
      id,
      input: { format: 'gone-format', label: { en: 'Old' } },
    });
    expect(kept.updateAttributeDefinition).toEqual({ format: 'gone-format', formatMissing: true });
    const other = await ws.as.ADMIN.request(UPDATE_DEF, { id, input: { format: 'also-gone' } });
    expect(fields(other)[0]?.problem.code).toBe('ATTRIBUTE_FORMAT_UNKNOWN');
    const changed = await ws.as.ADMIN.requestOk(UPDATE_DEF, { id, input: { format: 'ticket' } });
    expect(changed.updateAttributeDefinition).toEqual({ format: 'ticket', formatMissing: false });
    const removed = await ws.as.ADMIN.requestOk(UPDATE_DEF, { id, input: { format: null } });
    expect(removed.updateAttributeDefinition).toEqual({ format: null, formatMissing: false });
  });
});
