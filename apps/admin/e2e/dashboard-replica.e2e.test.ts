import { createMigratedDatabase } from '@patron/server/testing';
import { type TestDatabase, withClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

/**
 * The dashboard reading an analytics replica that is behind: a database with the schema that has
 * applied none of the main database's changes (the shared test server has no logical replication;
 * the server's reports-replica test runs a real subscriber). Its changes are dated three minutes ago,
 * as if the replica had stopped applying them then.
 */
let replica: TestDatabase;
let s: BrowserSession;

const tid = (id: string) => `[data-testid="${id}"]`;
const text = (page: Page, id: string) => page.locator(tid(id)).first().textContent();

beforeAll(async () => {
  replica = await createMigratedDatabase('replica');
  s = await openSession({ analyticsDatabaseUrl: replica.url });
  const { OPERATOR } = s.workspace.as;
  const id = (
    await OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes: { firstName: 'Darya', mobile: null } },
      },
    )
  ).createCustomer.id;
  await OPERATOR.requestOk(
    'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }',
    {
      input: { customerId: id, amount: 70, paymentStatus: 'PAID', idempotencyKey: 'replica-e2e-1' },
    },
  );
  await withClient(s.server.databaseUrl, (c) =>
    c.query(`update outbox_event set created_at = now() - interval '3 minutes'`),
  );
});
afterAll(async () => {
  await s?.close();
  await replica?.drop();
});

describe('the dashboard on a replica that is behind', () => {
  it('says how old its figures are, in every language', async () => {
    const { page } = s;
    await s.signIn(s.workspace.emails.MANAGER);
    await page.goto(`${s.server.url}/#/dashboard?period=last30`);
    // The replica's figures: the purchase on the main database is not there yet.
    await expect.poll(() => text(page, 'kpi-purchases-value')).toBe('0');
    await expect.poll(() => text(page, 'dashboard-as-of')).toMatch(/^Figures as of .*\d\d:\d\d$/);
    await s.shot('dashboard-as-of-en');
    await chooseLocale(page, 'ru');
    await expect.poll(() => text(page, 'dashboard-as-of')).toMatch(/^Данные на .*\d\d:\d\d$/);
    await s.shot('dashboard-as-of-ru');
    await chooseLocale(page, 'fa');
    await expect.poll(() => text(page, 'dashboard-as-of')).toMatch(/^ارقام به‌روز تا .*[۰-۹]{2}:[۰-۹]{2}$/);
    await s.shot('dashboard-as-of-fa');
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });
});
