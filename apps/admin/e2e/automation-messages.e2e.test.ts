import { type SmtpPeer, startSmtpPeer } from '@patron/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let peer: SmtpPeer;
const system = { kind: 'system' as const, id: null, name: 'test' };

beforeAll(async () => {
  peer = await startSmtpPeer();
  s = await openSession();
  const settings = {
    host: '127.0.0.1',
    port: String(peer.port),
    security: 'none',
    fromAddress: 'news@club.example',
  };
  await s.workspace.as.ADMIN.requestOk(
    'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }',
    {
      input: {
        provider: 'smtp',
        name: 'Mail',
        enabled: true,
        isDefault: true,
        settings: Object.entries(settings).map(([key, value]) => ({ key, value })),
      },
    },
  );
  await s.workspace.as.MANAGER.requestOk(
    'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }',
    {
      input: {
        name: 'Birthday greeting',
        channel: 'EMAIL',
        contents: [{ language: 'EN', subject: 'Happy birthday', text: 'Hello {{ customer.first_name }}' }],
      },
    },
  );
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => {
  await s?.close();
  await peer?.close();
});

const untranslated = async () =>
  ((await s.page.evaluate(() => document.body.textContent ?? '')).match(
    /\b(patron|ra|resources)\.[a-z_.]+/gi,
  ) ?? []) as string[];

describe('automations that send a message', () => {
  it('a manager picks a channel and its template; the run log shows the message sent and the one skipped for lack of consent', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/automations/create`);
    await page.fill('[data-testid="automation-name"]', 'Birthday email');
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Send a message' }).click();
    await page.getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: 'Email' }).click();
    await page.getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('option', { name: 'Birthday greeting' }).click();
    await page.click('[data-testid="automation-save"]');
    await page.locator('[data-testid="automation-row"]').waitFor();

    const today = new Date().toISOString().slice(5, 10);
    const customer = async (firstName: string, consent: boolean) => {
      const { id } = (
        await s.workspace.as.MANAGER.requestOk(
          'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
          {
            input: {
              attributes: {
                firstName,
                email: `${firstName.toLowerCase()}@example.com`,
                birthDate: `1990-${today}`,
              },
            },
          },
        )
      ).createCustomer;
      if (consent)
        await s.server.app.services.consents.grant(s.workspace.id, system, {
          customerId: id,
          kind: 'EMAIL',
          capturedVia: 'IN_STORE',
        });
    };
    await customer('Nasrin', true);
    await customer('Bahar', false);
    await s.server.app.services.automationRunner.scan();
    expect(peer.received.map((m) => m.mail.text?.trim())).toEqual(['Hello Nasrin']);

    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/automations`);
      await chooseLocale(page, locale);
      await page.locator('[data-testid="automation-row"]').waitFor();
      await page.click('[data-testid="automation-edit"]');
      await page.locator('[data-testid="action-0-templateId"]').waitFor({ state: 'attached' });
      expect(await untranslated()).toEqual([]);
      await s.shot(`automation-send-form-${locale}`);
      await page.goto(`${s.server.url}/#/automations`);
      await page.locator('[data-testid="automation-row"] a').first().click();
      await page.locator('[data-testid="outcome-SKIPPED"]').waitFor();
      expect(await page.locator('[data-testid="outcome-DONE"]').textContent()).toContain('Birthday greeting');
      expect(await untranslated()).toEqual([]);
      await s.shot(`automation-send-runs-${locale}`);
    }
    expect(await page.locator('[data-testid="outcome-SKIPPED"]').textContent()).toContain(
      'بدون رضایت برای این کانال',
    );
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });
});
