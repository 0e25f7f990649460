import { type AttributeFormatDefinition, defineModule } from '@patron/sdk';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

/** A format that stores digits only, as the national-ids plugin's do. */
const memberCode: AttributeFormatDefinition = {
  key: 'member-code',
  base: 'TEXT',
  label: { en: 'Member code' },
  normalize: (value) => {
    const digits = value.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/\D/g, '');
    return digits.length === 6 ? { value: digits } : { problem: 'VALUE_NOT_TEXT' };
  },
};

const CREATE = 'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }';
const COUNT = 'query($filter: CustomerFilter) { customerCount(filter: $filter) }';
const where = (field: string, operator: string, value: unknown) => ({
  filter: { op: 'AND', conditions: [{ field, operator, value }] },
});

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({
    plugins: [defineModule({ name: 'digits', attributeFormats: [memberCode] })],
  });
  ws = await server.workspace();
  await ws.as.ADMIN.requestOk(
    'mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id } }',
    { input: { key: 'member', type: 'TEXT', group: 'main', label: { en: 'Member' }, format: 'member-code' } },
  );
  await ws.as.ADMIN.requestOk(
    'mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id } }',
    { input: { key: 'locker', type: 'TEXT', group: 'main', label: { en: 'Locker' } } },
  );
  await ws.as.ADMIN.requestOk(CREATE, {
    a: { firstName: 'Sara', mobile: '+989121234567', member: '۱۲۳۴۵۶', locker: 'A-42' },
  });
  await ws.as.ADMIN.requestOk(CREATE, { a: { firstName: 'Olga', mobile: '+79161234567', locker: 'Б-۴۲' } });
});
afterAll(async () => server?.close());

it('compares Persian digits typed into a filter in Latin for phones and formatted values', async () => {
  const count = async (field: string, operator: string, value: unknown) =>
    (await ws.as.ANALYST.requestOk(COUNT, where(field, operator, value))).customerCount;
  expect(await count('member', 'EQ', '۱۲۳۴۵۶')).toBe(1);
  expect(await count('member', 'STARTS_WITH', '۱۲۳')).toBe(1);
  expect(await count('member', 'IN', ['٠٠٠٠٠٠', '١٢٣٤٥٦'])).toBe(1);
  expect(await count('mobile', 'CONTAINS', '۹۱۲۱۲۳')).toBe(1);
  expect(await count('mobile', 'CONTAINS', '۱۲۳۴۵۶۷')).toBe(2);
});

it('keeps a plain text value as it was typed: its digits are matched as written', async () => {
  const count = async (value: string) =>
    (await ws.as.ANALYST.requestOk(COUNT, where('locker', 'CONTAINS', value))).customerCount;
  expect(await count('42')).toBe(1);
  expect(await count('۴۲')).toBe(1);
});
