import nationalIdsPlugin from '@patron/plugin-national-ids';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession, pickOption } from './session';

/**
 * A plugin's attribute format in the admin, in each language: the attribute form offers the
 * national-ids plugin's formats for a text attribute (the system National ID is given one), and the customer form shows the format's hint
 * under the input and the server's refusal of a wrong national code in the language; picking the
 * format for an attribute that already has values shows which of them it refuses, and Download all
 * brings the file of every one to the bell. Screenshots: attribute-format-<locale>.png,
 * attribute-values-check-<locale>.png, attribute-values-report-<locale>.png, customer-national-code-<locale>.png.
 */

let s: BrowserSession;
let nationalIdDefinition = '';
let legacyDefinition = '';

beforeAll(async () => {
  s = await openSession({ plugins: [nationalIdsPlugin()] });
  s.page.setDefaultTimeout(15_000);
  // The system National ID attribute, given the Iranian national code's format as an admin would.
  const api = s.workspace.as.ADMIN;
  const { attributeDefinitions } = await api.requestOk('{ attributeDefinitions { id key } }');
  const nationalId = attributeDefinitions.find((d: { key: string }) => d.key === 'nationalId');
  await api.requestOk(
    'mutation($id: ID!) { updateAttributeDefinition(id: $id, input: { format: "ir-national-code" }) { id } }',
    { id: nationalId.id },
  );
  nationalIdDefinition = nationalId.id;
  // Codes stored before any format: one as the format writes it, one with dashes, two it refuses.
  const legacy = await api.requestOk(
    `mutation { createAttributeDefinition(input: { key: "legacyCode", type: TEXT, group: "main",
      label: { en: "Old national code", ru: "Старый национальный код", fa: "کد ملی قدیمی" } }) { id } }`,
  );
  legacyDefinition = legacy.createAttributeDefinition.id;
  for (const [firstName, legacyCode] of [
    ['Darius', '0499370899'],
    ['Roya', '049-937-0899'],
    ['Nima', '0499370898'],
    ['Sara', 'abc'],
  ])
    await api.requestOk('mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }', {
      a: { firstName, legacyCode },
    });
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

const byName = (page: Page, source: string) => page.locator(`input[name="${source}"]`);
const box = (page: Page, source: string) =>
  page.locator('.MuiFormControl-root', { has: page.locator(`input[name="${source}"]`) });
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

const TEXTS = {
  en: {
    counts: '4 stored values: 2 fit the format, 2 do not',
    format: 'Iranian national code',
    hint: '10 digits',
    refusal: 'Expected an Iranian national code: 10 digits whose last is the check digit, got "0499370898"',
    typed: '0499370898',
    downloadAll: 'Download all (3)',
    started: 'You will find the file in the notifications',
    ready: 'is ready to download',
  },
  ru: {
    counts: 'Сохранённых значений: 4; подходят под формат: 2, не подходят: 2',
    format: 'Национальный код Ирана',
    hint: '10 цифр',
    refusal: 'Некорректный национальный код Ирана: 10 цифр, последняя — контрольная',
    typed: '0499370898',
    downloadAll: 'Скачать все (3)',
    started: 'Файл появится в уведомлениях',
    ready: 'готов к скачиванию',
  },
  fa: {
    counts: '۴ مقدار ذخیره‌شده: ۲ با قالب جور است و ۲ جور نیست',
    format: 'کد ملی',
    hint: '۱۰ رقم',
    refusal: 'کد ملی معتبر نیست: ۱۰ رقم که رقم آخرش رقم کنترل است',
    typed: '۰۴۹۹۳۷۰۸۹۸',
    downloadAll: 'دریافت همه (۳)',
    started: 'فایل را در اعلان‌ها خواهید یافت',
    ready: 'آمادهٔ دریافت است',
  },
} as const;

describe.each(['en', 'ru', 'fa'] as const)('attribute formats in %s', (locale) => {
  beforeAll(async () => {
    await s.page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(s.page, locale);
  });

  it('the attribute form offers the plugin’s formats for a text attribute and shows the one chosen', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/attributeDefinitions/create`);
    await byName(page, 'label.en').fill('Passport code');
    await pickOption(page, box(page, 'format').locator('[role="combobox"]'), 'ir-national-code');
    await expect
      .poll(async () => plain(await box(page, 'format').locator('[role="combobox"]').textContent()))
      .toBe(TEXTS[locale].format);

    // The National ID attribute, with the format chosen for it.
    await page.goto(`${s.server.url}/#/attributeDefinitions/${nationalIdDefinition}`);
    await expect
      .poll(async () => plain(await box(page, 'format').locator('[role="combobox"]').textContent()))
      .toBe(TEXTS[locale].format);
    await s.shot(`attribute-format-${locale}`);
  });

  it('picking a format for an attribute with stored values says which of them it refuses, before saving', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/attributeDefinitions/${legacyDefinition}`);
    await pickOption(page, box(page, 'format').locator('[role="combobox"]'), 'ir-national-code');
    const counts = page.getByTestId('attribute-values-check-counts');
    await expect.poll(async () => plain(await counts.textContent())).toBe(TEXTS[locale].counts);
    const refused = page.getByTestId('attribute-values-check-refused');
    await expect.poll(async () => refused.locator('tbody tr').count()).toBe(2);
    expect(plain(await refused.textContent())).toContain(TEXTS[locale].refusal.split(',')[0]);
    await expect
      .poll(async () => plain(await page.getByTestId('attribute-values-check').textContent()))
      .toContain(`049-937-0899 ${locale === 'fa' ? '←' : '→'} 0499370899`);
    await s.shot(`attribute-values-check-${locale}`);

    // Two refused and one rewritten: all of them go to a file, which the bell links to when ready.
    await page.getByRole('button', { name: TEXTS[locale].downloadAll }).click();
    const started = page.getByTestId('attribute-values-report-started');
    await expect.poll(async () => plain(await started.textContent())).toBe(TEXTS[locale].started);
    await page
      .locator('[data-testid="notification-count"] .MuiBadge-badge:not(.MuiBadge-invisible)')
      .waitFor({ timeout: 30_000 });
    await page.click('[data-testid="notification-bell"]');
    const notice = page.locator('[data-testid="notification"][data-unread="true"]');
    await expect
      .poll(async () => plain(await notice.textContent()))
      .toContain('legacyCode-ir-national-code-');
    expect(plain(await notice.textContent())).toContain(TEXTS[locale].ready);
    await s.shot(`attribute-values-report-${locale}`);
    // Read, so the next language's notice is the one unread; a click beside the list closes it.
    await page.click('[data-testid="notifications-read-all"]');
    await page.mouse.click(5, 600);
    await page.waitForSelector('[data-testid="notifications"]', { state: 'detached' });
  });

  it('the customer form shows the hint and the refusal of a wrong national code in the language', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/create`);
    const helper = box(page, 'nationalId').locator('.MuiFormHelperText-root');
    await expect.poll(async () => plain(await helper.textContent())).toBe(TEXTS[locale].hint);
    await byName(page, 'firstName').fill('Kaveh');
    await byName(page, 'nationalId').fill(TEXTS[locale].typed);
    await page.click('button[type="submit"]');
    const error = box(page, 'nationalId').locator('.MuiFormHelperText-root.Mui-error');
    await expect.poll(async () => plain(await error.textContent())).toBe(TEXTS[locale].refusal);
    await s.shot(`customer-national-code-${locale}`);
  });
});

describe('a right national code', () => {
  it('is saved as its digits, whatever digits it was typed in', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/create`);
    await byName(page, 'firstName').fill('Shirin');
    await byName(page, 'nationalId').fill('۴۹۹-۳۷۰۸۹-۹');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/customers\/[0-9a-f-]{36}\/show/);
    const { customers } = await s.workspace.as.ANALYST.requestOk(
      '{ customers(first: 10) { edges { node { firstName attributes } } } }',
    );
    const shirin = customers.edges.find(
      (e: { node: { firstName: string } }) => e.node.firstName === 'Shirin',
    );
    expect(shirin.node.attributes.nationalId).toBe('0499370899');
  });
});
