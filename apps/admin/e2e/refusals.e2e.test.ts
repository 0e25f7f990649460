import { englishMessage, type ParamValue, type ProblemCode } from '@patron/problems';
import type { GraphQLClient } from '@patron/testkit';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession, pickOption } from './session';

/**
 * Every family of forms (customer, attribute, currency, tier, purchase, adjustment, bulk batch) shows
 * the server's refusals in Russian and in Persian: each form is sent something the server refuses,
 * the answer is checked to carry the refusal's code, and the text shown is the language's own (its
 * script, its digits, never the English sentence). A screenshot per family and language is kept as
 * refusal-<family>-<locale>.png.
 */

let s: BrowserSession;
let payer = '';

const LOCALES = ['ru', 'fa'] as const;
type Locale = (typeof LOCALES)[number];

async function createCustomer(api: GraphQLClient, firstName: string, mobile: string): Promise<string> {
  const { createCustomer } = await api.requestOk(
    'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
    { a: { firstName, lastName: 'Sadeghi', mobile } },
  );
  return createCustomer.id;
}

async function adjust(api: GraphQLClient, customerId: string, currency: string, amount: number) {
  await api.requestOk(
    `mutation($c: ID!, $k: String!) { adjustBalance(input: { customerId: $c, currency: "${currency}",
       amount: ${amount}, reason: "Gift", idempotencyKey: $k }) { id } }`,
    { c: customerId, k: `${customerId}-${currency}` },
  );
}

beforeAll(async () => {
  s = await openSession();
  s.page.setDefaultTimeout(15_000);
  const api = s.workspace.as.ADMIN;
  await api.requestOk(
    'mutation { updateLoyaltyProgramme(input: { rules: { maxSpendPercentPerInvoice: 50 } }) { timeZone } }',
  );
  // The mobile 0912 700 0001 is taken; the payer has 40 credit and 20 coins; the sleeper is inactive.
  await createCustomer(api, 'Nima', '0912 700 0001');
  payer = await createCustomer(api, 'Parisa', '0912 700 0002');
  await adjust(api, payer, 'credit', 40);
  await adjust(api, payer, 'coins', 20);
  const sleeper = await createCustomer(api, 'Sohrab', '0912 700 0003');
  await api.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', { id: sleeper });
  // Out of the payer's reach, so the programme's spending cap is the one that applies to them.
  await api.requestOk(
    'mutation { createTier(input: { key: "gold", name: { en: "Gold" }, minPurchaseTotal: 1000000 }) { id } }',
  );
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

interface Refusal {
  code: ProblemCode;
  params: Record<string, ParamValue>;
}

/** Every `{ code, params }` in an answer of the API: its errors' refusals, or refusals in its data. */
function refusalsIn(value: unknown, found: Refusal[] = []): Refusal[] {
  if (Array.isArray(value)) for (const v of value) refusalsIn(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.code === 'string' && o.params && typeof o.params === 'object')
      found.push({ code: o.code as ProblemCode, params: o.params as Record<string, ParamValue> });
    for (const v of Object.values(o)) refusalsIn(v, found);
  }
  return found;
}

/** Does `act` and returns the refusals of the server's answer to the operation it sends. */
async function answer(page: Page, operation: string, act: () => Promise<void>): Promise<Refusal[]> {
  const response = page.waitForResponse(
    (r) =>
      r.url().endsWith('/graphql') &&
      r.request().method() === 'POST' &&
      (r.request().postData() ?? '').includes(`"operationName":"${operation}"`),
  );
  await act();
  return refusalsIn(await (await response).json());
}

/** The refusal with this code in an answer (the server did refuse so). */
function refused(refusals: Refusal[], code: ProblemCode): Refusal {
  const found = refusals.find((r) => r.code === code);
  expect(found, `${code} in ${JSON.stringify(refusals)}`).toBeDefined();
  return found as Refusal;
}

/** Text as shown, with the spaces numbers are grouped with made plain. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/**
 * A refusal shown in the language: its script, in Persian Persian digits and no Latin ones, and
 * never the server's English.
 */
function expectInLanguage(text: string, locale: Locale, refusal: Refusal) {
  expect(text).not.toContain(englishMessage(refusal.code, refusal.params));
  if (locale === 'ru') expect(text, text).toMatch(/[А-Яа-яЁё]/);
  else {
    expect(text, text).toMatch(/[\u0600-\u06FF]/);
    expect(text, text).not.toMatch(/[0-9]/);
  }
}

/** The text under an input (or any element) is the refusal in the language. */
async function expectShown(locator: Locator, locale: Locale, refusal: Refusal) {
  await expect.poll(async () => plain(await locator.textContent())).toBe(EXPECTED[locale][refusal.code]);
  expectInLanguage(plain(await locator.textContent()), locale, refusal);
}

/** The error under a react-admin input, by its source. */
const fieldError = (scope: Page | Locator, source: string) =>
  scope.locator(`.ra-input-${source.replace(/\./g, '\\.')} .MuiFormHelperText-root.Mui-error`);

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

/** The writing direction an element is laid out in. */
const direction = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).direction);

/** A react-admin text or number input by its source. */
const byName = (page: Page, source: string) => page.locator(`input[name="${source}"]`);

/** Picks an option of a react-admin SelectInput named by its source. */
async function pick(page: Page, source: string, value: string) {
  const box = page.locator('.MuiTextField-root', { has: page.locator(`input[name="${source}"]`) });
  await pickOption(page, box.locator('[role="combobox"]'), value);
}

const EXPECTED = {
  ru: {
    VALUE_TAKEN: 'Такое значение уже есть у другого клиента',
    VALUE_NOT_EMAIL: 'Некорректный адрес эл. почты',
    ATTRIBUTE_KEY_TAKEN: 'Атрибут «city» уже существует (возможно, в архиве)',
    CURRENCY_KEY_TAKEN: 'У другой валюты уже есть такой ключ',
    NUMBER_RANGE: 'Число от 0,01 до 1 000 000 000 000',
    TIER_KEY_TAKEN: 'Этот ключ уже есть у другого уровня',
    SPEND_CAP_INVOICE: 'Балансом можно оплатить не больше 15,00 этого чека (50%)',
    BALANCE_TOO_LOW: 'Недостаточно на балансе «Кредит»: доступно 40,00, запрошено 5 000,00',
    BATCH_LINE_UNMATCHED: 'Нет клиента с таким идентификатором',
    BATCH_LINE_NOT_A_PHONE: 'Это не номер телефона',
    BATCH_LINE_NEGATIVE: 'Баланс ушёл бы в минус: на балансе 20, по файлу -50',
    AMOUNT_WHOLE_ONLY: 'Эта валюта принимает только целые суммы',
    BATCH_LINE_NO_AMOUNT: 'Нет суммы',
  },
  fa: {
    VALUE_TAKEN: 'مشتری دیگری همین مقدار را دارد',
    VALUE_NOT_EMAIL: 'نشانی ایمیل معتبر نیست',
    ATTRIBUTE_KEY_TAKEN: 'ویژگی «city» از قبل وجود دارد (شاید بایگانی شده باشد)',
    CURRENCY_KEY_TAKEN: 'واحد دیگری همین کلید را دارد',
    NUMBER_RANGE: 'عددی از ۰٫۰۱ تا ۱٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰',
    TIER_KEY_TAKEN: 'سطح دیگری همین کلید را دارد',
    SPEND_CAP_INVOICE: 'حداکثر ۱۵٫۰۰ از این فاکتور را می‌توان با موجودی پرداخت کرد (۵۰٪)',
    BALANCE_TOO_LOW: 'موجودی اعتبار کافی نیست: ۴۰٫۰۰ موجود است و ۵٬۰۰۰٫۰۰ درخواست شده',
    BATCH_LINE_UNMATCHED: 'مشتری‌ای با این شناسه نیست',
    BATCH_LINE_NOT_A_PHONE: 'شماره تلفن نیست',
    BATCH_LINE_NEGATIVE: 'موجودی منفی می‌شود: موجودی ۲۰ است و جمع این فایل \u200e\u2212۵۰',
    AMOUNT_WHOLE_ONLY: 'این واحد فقط مقدار صحیح می‌پذیرد',
    BATCH_LINE_NO_AMOUNT: 'مقدار ندارد',
  },
} as Record<Locale, Partial<Record<ProblemCode, string>>>;

/** The name of an inactive customer's line in the batch preview. */
const INACTIVE_LINE: Record<Locale, string> = { ru: 'Клиент неактивен', fa: 'مشتری غیرفعال است' };

// A header; a line to apply; then one line per problem a preview finds.
const CSV = [
  'mobile,amount',
  '0912 700 0001,100',
  '0912 999 0000,10',
  'not a phone,5',
  '0912 700 0002,-50',
  '0912 700 0003,10',
  '0912 700 0001,2.5',
  '0912 700 0001,',
  '',
].join('\n');

describe.each(LOCALES)('refusals of the server in %s', (locale) => {
  beforeAll(async () => {
    await s.page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(s.page, locale);
    expect(await s.page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
  });

  it('customer: an email that is none, then a mobile another customer has', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/create`);
    await byName(page, 'firstName').fill('Omid');
    await byName(page, 'mobile').fill('0912 700 0001');
    await byName(page, 'email').fill('omid-at-example');
    const submit = () => page.click('button[type="submit"]');
    // Values are checked before anything is looked up: the email first.
    let refusals = await answer(page, 'CreateCustomer', submit);
    await expectShown(fieldError(page, 'email'), locale, refused(refusals, 'VALUE_NOT_EMAIL'));
    await s.shot(`refusal-customer-email-${locale}`);

    await byName(page, 'email').fill('omid@example.com');
    refusals = await answer(page, 'CreateCustomer', submit);
    await expectShown(fieldError(page, 'mobile'), locale, refused(refusals, 'VALUE_TAKEN'));
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`refusal-customer-${locale}`);
  });

  it('attribute: a key that exists', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/attributeDefinitions/create`);
    await byName(page, 'key').fill('city');
    await byName(page, 'label.en').fill('Home town');
    const refusals = await answer(page, 'CreateAttributeDefinition', () =>
      page.click('button[type="submit"]'),
    );
    await expectShown(fieldError(page, 'key'), locale, refused(refusals, 'ATTRIBUTE_KEY_TAKEN'));
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`refusal-attribute-${locale}`);
  });

  it('currency: a key another currency has', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/currencies/create`);
    await byName(page, 'key').fill('coins');
    await byName(page, 'name.en').fill('More coins');
    await byName(page, 'decimals').fill('0');
    const refusals = await answer(page, 'CreateCurrency', () => page.click('button[type="submit"]'));
    await expectShown(fieldError(page, 'key'), locale, refused(refusals, 'CURRENCY_KEY_TAKEN'));
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`refusal-currency-${locale}`);
  });

  it('tier: an earning rule out of range, then a key another tier has', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/tiers`);
    await page.click('[data-testid="tier-create"]');
    await byName(page, 'key').fill('gold');
    await byName(page, 'name.en').fill('Gold again');
    // A coin for every 0 paid: refused by the server under the rule's "per".
    await page.click('[data-testid="rules-add-pointsPerAmount"]');
    await pick(page, 'rules.pointsPerAmount.0.currency', 'coins');
    await byName(page, 'rules.pointsPerAmount.0.points').fill('1');
    await byName(page, 'rules.pointsPerAmount.0.per').fill('0');
    const save = () => page.click('[data-testid="tier-save"]');
    let refusals = await answer(page, 'CreateTier', save);
    const per = page
      .locator('.MuiTextField-root', { has: byName(page, 'rules.pointsPerAmount.0.per') })
      .locator('.MuiFormHelperText-root.Mui-error');
    await expectShown(per, locale, refused(refusals, 'NUMBER_RANGE'));
    await s.shot(`refusal-tier-rule-${locale}`);

    // The rule put right, the key is looked up.
    await byName(page, 'rules.pointsPerAmount.0.per').fill('10');
    refusals = await answer(page, 'CreateTier', save);
    await expectShown(fieldError(page, 'key'), locale, refused(refusals, 'TIER_KEY_TAKEN'));
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`refusal-tier-${locale}`);
  });

  it('purchase: paying more of the invoice with balances than the programme allows', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${payer}/show/purchases`);
    await page.click('[data-testid="purchase-open"]');
    const dialog = page.locator('[data-testid="purchase-dialog"]');
    await dialog.locator('[data-testid="purchase-amount"]').fill('30');
    await dialog.locator('[data-testid="purchase-spend-credit"]').fill('20');
    // The amounts typed show in the language's digits, as in every other dialog.
    const shown = locale === 'fa' ? ['۳۰', '۲۰'] : ['30', '20'];
    expect(await dialog.locator('[data-testid="purchase-amount"]').inputValue()).toBe(shown[0]);
    expect(await dialog.locator('[data-testid="purchase-spend-credit"]').inputValue()).toBe(shown[1]);
    const refusals = await answer(page, 'RecordPurchase', () =>
      dialog.locator('[data-testid="purchase-submit"]').click(),
    );
    const error = dialog.locator('[data-testid="purchase-error"]');
    await expectShown(error, locale, refused(refusals, 'SPEND_CAP_INVOICE'));
    expect(await direction(error)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`refusal-purchase-${locale}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('adjustment: subtracting more than the balance, in the currency’s name and the language’s digits', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${payer}/show/loyalty`);
    await page.click('[data-testid="adjust-open"]');
    const dialog = page.locator('[data-testid="adjust-dialog"]');
    await pickOption(page, dialog.locator('.ra-input-currency [role="combobox"]'), 'credit');
    await dialog.locator('[data-testid="adjust-subtract"]').click();
    await dialog.locator('[data-testid="adjust-amount"]').fill('5000');
    await dialog.locator('[data-testid="adjust-reason"]').fill('Too much');
    const refusals = await answer(page, 'AdjustBalance', () =>
      dialog.locator('[data-testid="adjust-submit"]').click(),
    );
    await expectShown(fieldError(dialog, 'amount'), locale, refused(refusals, 'BALANCE_TOO_LOW'));
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`refusal-adjustment-${locale}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('bulk batch: each line the preview leaves out says why', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/balanceBatches`);
    const wizard = page.locator('[data-testid="balance-batch"]');
    await wizard.locator('[data-testid="batch-source"]').waitFor();
    await pickOption(page, wizard.locator('.ra-input-currency [role="combobox"]'), 'coins');
    await wizard
      .locator('[data-testid="batch-file"]')
      .setInputFiles({ name: 'gifts.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await wizard.locator('[data-testid="batch-reason"]').fill('Spring gift');
    const refusals = await answer(page, 'PreviewBalanceBatch', () =>
      wizard.locator('[data-testid="batch-preview"]').click(),
    );
    // Line numbers are the file's (the header is line 1).
    const lines: [number, string, ProblemCode][] = [
      [3, 'UNMATCHED', 'BATCH_LINE_UNMATCHED'],
      [4, 'INVALID', 'BATCH_LINE_NOT_A_PHONE'],
      [5, 'NEGATIVE', 'BATCH_LINE_NEGATIVE'],
      [7, 'INVALID', 'AMOUNT_WHOLE_ONLY'],
      [8, 'INVALID', 'BATCH_LINE_NO_AMOUNT'],
    ];
    await wizard.locator('[data-testid="batch-preview-step"]').waitFor();
    const rows = wizard.locator('[data-testid="batch-problem"]');
    await expect.poll(() => rows.count()).toBe(lines.length + 1);
    for (const [line, problem, code] of lines) {
      const row = wizard.locator(`[data-testid="batch-problem"][data-line="${line}"]`);
      expect(await row.getAttribute('data-problem')).toBe(problem);
      await expectShown(row.locator('[data-testid="batch-problem-detail"]'), locale, refused(refusals, code));
    }
    expect(refused(refusals, 'BATCH_LINE_NEGATIVE').params).toEqual({ balance: 20, total: -50 });
    // An inactive customer's line: its problem's name says what BATCH_LINE_INACTIVE would, once.
    refused(refusals, 'BATCH_LINE_INACTIVE');
    const inactive = wizard.locator('[data-testid="batch-problem"][data-line="6"]');
    expect(await inactive.getAttribute('data-problem')).toBe('INACTIVE');
    expect(await inactive.locator('[data-testid="batch-problem-name"]').textContent()).toBe(
      INACTIVE_LINE[locale],
    );
    expect(await inactive.locator('[data-testid="batch-problem-detail"]').count()).toBe(0);
    expect(await untranslated(page)).toEqual([]);
    await s.shot(`refusal-batch-${locale}`);
    expect(s.errors).toEqual([]);
  });
});
