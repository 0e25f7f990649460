import { screenshotsDir } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let emailId: string;

beforeAll(async () => {
  s = await openSession();
  await s.workspace.as.OPERATOR.requestOk(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { attributes: { firstName: 'Мария', lastName: 'Иванова', language: 'ru' } } },
  );
  emailId = (
    await s.workspace.as.MANAGER.requestOk(
      'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }',
      {
        input: {
          name: 'Welcome email',
          channel: 'EMAIL',
          contents: [
            {
              language: 'EN',
              subject: 'Welcome, {{ customer.first_name }}',
              html: '<h2 style="color:#1f5f8b">Welcome, {{ customer.first_name }}!</h2><p>You have {{ balances.coins }} coins.</p><script>parent.document.title="owned"</script>',
            },
            {
              language: 'FA',
              subject: 'خوش آمدید',
              html: '<p dir="rtl">{{ customer.first_name }} عزیز، خوش آمدید</p>',
            },
          ],
        },
      },
    )
  ).createMessageTemplate.id;
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

/** The app bar slides away once the page scrolls: back to the top, where the language switcher is. */
const switchTo = async (locale: string) => {
  await s.page.evaluate(() => window.scrollTo(0, 0));
  await s.page.waitForTimeout(300);
  await chooseLocale(s.page, locale);
};

const previewFor = async (name: string) => {
  const { page } = s;
  await page.locator('[data-testid="preview-customer"]').fill(name);
  await page.locator('[data-testid="preview-customer-option"]').first().click();
  await page.click('[data-testid="preview-show"]');
};

describe('message templates', () => {
  it('an SMS is written per language with a live counter and variables, saved, and previewed for a customer', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/messageTemplates/create`);
    await page.fill('input[name="name"]', 'Balance SMS');
    const en = page.locator('[data-testid="contents.en.text"]');
    await en.fill('Hi , your coins: ');
    // The caret after "Hi " when the chip is clicked: the variable goes there.
    await en.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
    await en.blur();
    await page.locator('[data-testid="variable-customer.first_name"]').first().click();
    await expect
      .poll(() => en.inputValue(), { timeout: 45_000 })
      .toBe('Hi {{ customer.first_name }}, your coins: ');
    const counter = page.locator('[data-testid="sms-counter"]').first();
    // Braces are in GSM-7's extension table: two characters each.
    expect(await counter.textContent()).toContain('GSM-7 · 46 characters · parts: 1');

    await page.click('[data-testid="tab-ru"]');
    await page
      .locator('[data-testid="contents.ru.text"]')
      .fill('Здравствуйте, {{ customer.first_name }}! Монет: {{ balances.coins }}');
    await expect
      .poll(() => page.locator('[data-testid="sms-counter"]').nth(1).textContent(), { timeout: 45_000 })
      .toContain('UCS-2');
    await page.click('[data-testid="tab-fa"]');
    await page.locator('[data-testid="contents.fa.text"]').fill('{{ customer.nickname }} سلام');
    await page.click('button[type="submit"]');
    // The server names the unknown variable under the Persian text, and marks the tab.
    await expect
      .poll(() => page.locator('.MuiFormHelperText-root.Mui-error').allTextContents(), { timeout: 45_000 })
      .toEqual(['Unknown variable customer.nickname in fa text, line 1, column 4']);
    await page.locator('[data-testid="contents.fa.text"]').fill('{{ customer.first_name }} عزیز، سلام');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/messageTemplates\/[0-9a-f-]+$/);

    await page.click('[data-testid="tab-ru"]');
    await previewFor('Мария');
    await expect
      .poll(() => page.locator('[data-testid="preview-text"]').textContent(), { timeout: 45_000 })
      .toBe('Здравствуйте, Мария! Монет: 0');
    expect(await page.locator('[data-testid="preview-sms-length"]').textContent()).toContain('UCS-2');

    for (const locale of ['en', 'ru', 'fa']) {
      await switchTo(locale);
      await page.click(`[data-testid="tab-${locale}"]`);
      await previewFor('Мария');
      await expect
        .poll(() => page.locator('[data-testid="preview-text"]').textContent(), { timeout: 45_000 })
        .toMatch({ en: /^Hi Мария/, ru: /^Здравствуйте/, fa: /^Мария عزیز/ }[locale] as RegExp);
      const text = (await page.textContent('main')) ?? '';
      expect(text.match(/\b(patron|ra)\.[a-z_.]+/gi) ?? []).toEqual([]);
      await s.shot(`templates-sms-${locale}`);
    }
    await switchTo('en');
    await page.goto(`${s.server.url}/#/messageTemplates`);
    await page.locator('[data-testid="template-list"]').waitFor();
    for (const locale of ['en', 'ru', 'fa']) {
      await switchTo(locale);
      await s.shot(`templates-list-${locale}`);
    }
    await switchTo('en');
  });

  it("an email's HTML is previewed in a frame that can run nothing", async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/messageTemplates/${emailId}`);
    await previewFor('Мария');
    const frame = page.locator('[data-testid="preview-html"]');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await page.locator('[data-testid="preview-subject"]').textContent()).toBe('Welcome, Мария');
    expect(await page.frameLocator('[data-testid="preview-html"]').locator('h2').textContent()).toBe(
      'Welcome, Мария!',
    );
    expect(await page.title()).not.toBe('owned');
    for (const locale of ['en', 'fa']) {
      await switchTo(locale);
      await page.click(`[data-testid="tab-${locale}"]`);
      await previewFor('Мария');
      await expect
        .poll(() => page.locator('[data-testid="preview-language"]').textContent(), { timeout: 45_000 })
        .toBeTruthy();
      await s.shot(`templates-email-${locale}`);
      // A full-page capture leaves frames blank: the frame itself, as the user sees it.
      await frame.screenshot({ path: `${screenshotsDir()}/templates-email-frame-${locale}.png` });
    }
    await switchTo('en');
    expect(s.errors).toEqual([]);
  });
});
