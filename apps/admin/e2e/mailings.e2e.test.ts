import { type SmtpPeer, startSmtpPeer } from '@patron/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let peer: SmtpPeer;
let segmentId: string;

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';

const EMAIL_CHANNEL: Record<string, string> = { en: 'Email', ru: 'Эл. почта', fa: 'ایمیل' };

beforeAll(async () => {
  peer = await startSmtpPeer();
  s = await openSession();
  const api = s.workspace.as.MANAGER;
  // The workspace's mail server (a real SMTP peer in this process) and a template for email.
  await s.workspace.as.ADMIN.requestOk(
    'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }',
    {
      input: {
        provider: 'smtp',
        name: 'Mail',
        settings: Object.entries({
          host: '127.0.0.1',
          port: String(peer.port),
          security: 'none',
          fromAddress: 'news@club.example',
        }).map(([key, value]) => ({ key, value })),
      },
    },
  );
  await api.requestOk(
    'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }',
    {
      input: {
        name: 'Winter greeting',
        channel: 'EMAIL',
        contents: [{ language: 'EN', subject: 'Winter sale, {{ customer.first_name }}', text: 'Come in.' }],
      },
    },
  );
  for (const [name, consent] of [
    ['Reza', true],
    ['Sara', true],
    ['Bita', false],
  ] as const) {
    const { createCustomer } = await api.requestOk(CREATE, {
      input: {
        attributes: { firstName: name, lastName: 'Mailer', email: `${name.toLowerCase()}@example.com` },
      },
    });
    if (consent)
      await api.requestOk(GRANT, {
        input: { customerId: createCustomer.id, kind: 'EMAIL', capturedVia: 'IN_STORE' },
      });
  }
  segmentId = (
    await api.requestOk('mutation($input: SegmentInput!) { createSegment(input: $input) { id } }', {
      input: {
        name: 'Mailers',
        shared: true,
        filter: { op: 'AND', conditions: [{ field: 'lastName', operator: 'EQ', value: 'Mailer' }] },
      },
    })
  ).createSegment.id;
  // A scheduled draft: the list shows its time on the workspace's clock, in the reader's calendar.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await api.requestOk('mutation($input: MailingInput!) { createMailing(input: $input) { id } }', {
    input: { name: 'Tomorrow morning', channel: 'SMS', audience: { segmentId }, sendAt: `${tomorrow}T09:00` },
  });
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => {
  await s?.close();
  await peer?.close();
});

describe('mailings', () => {
  it.each(['en', 'ru', 'fa'])(
    'in %s, a manager builds a mailing to a segment, sees who is left out, and starts it',
    async (locale) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.click('a[href="#/mailings"]');
      await page.click('[data-testid="mailing-create"]');
      await page.fill('input[name="name"]', `Winter sale ${locale}`);
      await page.click('.MuiInputBase-root:has(input[name="templateId"]) [role="combobox"]');
      await page.getByRole('option', { name: 'Winter greeting' }).click();
      await page.click('[data-testid="audience-input"] [role="combobox"]');
      await page.getByRole('option', { name: 'Mailers' }).click();
      const count = page.locator('[data-testid="audience-count"][data-total="3"]');
      await count.waitFor();
      expect(await count.getAttribute('data-reachable')).toBe('2');
      await page.locator('[data-testid="excluded-NO_CONSENT"]').waitFor();
      // The channel is named as the customer card names the email field.
      const channel = page.locator('.ra-input-channel [role="combobox"]');
      expect(await channel.textContent()).toBe(EMAIL_CHANNEL[locale]);
      await s.shot(`mailing-form-${locale}`);

      await page.click('[data-testid="mailing-save"]');
      await page.locator('[data-testid="mailing-show"]').waitFor();
      await page.click('[data-testid="mailing-start"]');
      await page.click('.ra-confirm');
      await page
        .locator(
          '[data-testid="mailing-state"][data-state="SENDING"], [data-testid="mailing-state"][data-state="SENT"]',
        )
        .waitFor();
      // The start job writes the recipients and the delivery step sends them; the page follows.
      await page.locator('[data-testid="report-SKIPPED"][data-count="1"]').waitFor();
      await page.locator('[data-testid="report-SENT"][data-count="2"]').waitFor();
      await page.locator('[data-testid="mailing-state"][data-state="SENT"]').waitFor();
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []).toEqual([]);
      await s.shot(`mailing-show-${locale}`);

      await page.click('a[href="#/mailings"]');
      await page.locator('[data-testid="mailing-name"]', { hasText: `Winter sale ${locale}` }).waitFor();
      await s.shot(`mailing-list-${locale}`);
    },
  );

  it('starts a mailing to the customers ticked on the list', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, 'en');
    await page.locator('[data-testid="customer-table"] thead input[type="checkbox"]').check();
    await page.click('[data-testid="bulk-mailing"]');
    const count = page.locator('[data-testid="audience-count"][data-total="3"]');
    await count.waitFor();
    expect(await count.getAttribute('data-reachable')).toBe('2');
  });

  it.each([
    ['en', /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/],
    ['ru', /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/],
    // Time, then date in reading order: right to left, the date stands first.
    ['fa', /^[۰-۹]{2}:[۰-۹]{2} [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/],
  ])('in %s, a send time is picked on a 24-hour clock in the language’s digits', async (locale, written) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.goto(`${s.server.url}/#/mailings/create`);
    await page.click('[data-testid="schedule-later"]');
    await page.click('[data-testid="schedule-input"] button');
    const dialog = page.locator('[role="dialog"]');
    await dialog.locator('[role="grid"] button:not([disabled])').last().click();
    // Hours and minutes, and no AM/PM column (Persian's date-fns locale would add "ق.ظ." / "ب.ظ.").
    const columns = await dialog
      .locator('[role="listbox"]')
      .evaluateAll((lists) =>
        lists.map((list) => list.querySelectorAll('[role="option"]').length).sort((a, b) => a - b),
      );
    // 24 hours; minutes every 5.
    expect(columns).toEqual([12, 24]);
    await page.waitForTimeout(300);
    await s.shot(`mailing-schedule-${locale}`);
    await page.keyboard.press('Escape');
    const sections = page.locator('[data-testid="schedule-input"] .MuiPickersSectionList-root');
    // The picker's field marks its sections with bidi isolates; the text is what they hold.
    expect((await sections.textContent())?.replace(/[\u2066-\u2069\u200e\u200f]/g, '')).toMatch(written);
  });

  it('sent each started mailing to its reachable recipients once', async () => {
    const { mailings } = await s.workspace.as.ANALYST.requestOk(
      '{ mailings(first: 10) { nodes { name audience { segmentId } counts { recipients queued skipped } } } }',
    );
    const started = mailings.nodes.filter((m: { name: string }) => m.name.startsWith('Winter sale'));
    expect(started).toHaveLength(3);
    for (const m of started) {
      expect(m.audience.segmentId).toBe(segmentId);
      expect(m.counts).toEqual({ recipients: 3, queued: 0, skipped: 1 });
    }
    const to = peer.received.flatMap((m) => m.envelope.to).sort();
    expect(to).toEqual([
      'reza@example.com',
      'reza@example.com',
      'reza@example.com',
      'sara@example.com',
      'sara@example.com',
      'sara@example.com',
    ]);
    expect(peer.received.map((m) => m.mail.subject)).toContain('Winter sale, Reza');
    expect(s.errors).toEqual([]);
  });
});
