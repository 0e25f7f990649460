import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, choose, openSession } from './session';

let s: BrowserSession;
let segmentId: string;

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';

beforeAll(async () => {
  s = await openSession();
  const api = s.workspace.as.MANAGER;
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
afterAll(async () => s?.close());

describe('mailings', () => {
  it.each(['en', 'ru', 'fa'])(
    'in %s, a manager builds a mailing to a segment, sees who is left out, and starts it',
    async (locale) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await choose(page, 'locale-switcher', `locale-${locale}`);
      await page.click('a[href="#/mailings"]');
      await page.click('[data-testid="mailing-create"]');
      await page.fill('input[name="name"]', `Winter sale ${locale}`);
      await page.fill('input[name="templateId"]', '7d1c1e56-3f59-4c2a-9a39-2d5b1b6a0c11');
      await page.click('[data-testid="audience-input"] [role="combobox"]');
      await page.getByRole('option', { name: 'Mailers' }).click();
      const count = page.locator('[data-testid="audience-count"][data-total="3"]');
      await count.waitFor();
      expect(await count.getAttribute('data-reachable')).toBe('2');
      await page.locator('[data-testid="excluded-NO_CONSENT"]').waitFor();
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
      // The start job writes the recipients; the page follows the mailing while it goes out.
      await page.locator('[data-testid="report-SKIPPED"][data-count="1"]').waitFor();
      await page.locator('[data-testid="report-QUEUED"][data-count="2"]').waitFor();
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []).toEqual([]);
      await s.shot(`mailing-show-${locale}`);

      await page.click('a[href="#/mailings"]');
      await page.locator('[data-testid="mailing-name"]', { hasText: `Winter sale ${locale}` }).waitFor();
      await s.shot(`mailing-list-${locale}`);
    },
  );

  it('queued the reachable recipients of the started mailings', async () => {
    const { mailings } = await s.workspace.as.ANALYST.requestOk(
      '{ mailings(first: 10) { nodes { name audience { segmentId } counts { recipients queued skipped } } } }',
    );
    const started = mailings.nodes.filter((m: { name: string }) => m.name.startsWith('Winter sale'));
    expect(started).toHaveLength(3);
    for (const m of started) {
      expect(m.audience.segmentId).toBe(segmentId);
      expect(m.counts).toEqual({ recipients: 3, queued: 2, skipped: 1 });
    }
    expect(s.errors).toEqual([]);
  });
});
