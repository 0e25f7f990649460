import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepMerge } from '../src/i18n/deepMerge';
import { FAMILY_EN } from '../src/i18n/familyMessages';
import { FAMILY_FA } from '../src/i18n/familyMessages.fa';
import { FAMILY_RU } from '../src/i18n/familyMessages.ru';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;

async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

let backups: string;

beforeAll(async () => {
  backups = await mkdtemp(path.join(tmpdir(), 'patron-jobs-backups-'));
  s = await openSession({ backups: { dir: backups, keep: 1, secretKey: null } });
  const { jobs, orm } = s.server.app;
  // Global runs, and two of this workspace's runs on the real queue: one done, one that failed.
  await jobs.kick('ledger.expiry');
  await jobs.kick('events.prune');
  await jobs.kick('backups.nightly');
  for (const note of ['done', 'failed']) {
    const id = await jobs.enqueue('bulk-actions.run', { workspaceId: s.workspace.id, note });
    await jobs.over('bulk-actions.run', id);
  }
  // An export of the workspace's three customers: its run shows the rows written of all.
  const api = s.workspace.as.ADMIN;
  for (const firstName of ['Nima', 'Мария', 'Ann'])
    await api.requestOk('mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }', {
      a: { firstName },
    });
  await api.requestOk(
    'mutation { startCustomerExport(input: { format: CSV, selection: { all: true }, columns: ["firstName"] }) { id } }',
  );
  await jobs.kickWorkspace('exports.run', s.workspace.id);
  // The failure as a step that threw leaves it (no shipped job fails on demand).
  await orm.em.getConnection().execute(
    `update pgboss.job set state = 'failed', retry_count = 2, output = '{"message":"partner API down"}'::jsonb
        where data->>'note' = 'failed'`,
  );
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => {
  await s?.close();
  if (backups) await rm(backups, { recursive: true, force: true });
});

describe.each(['en', 'ru', 'fa'])('the Jobs screen in %s', (locale) => {
  it('lists runs with their state, and retries a failed run of the workspace', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.click('a[href="#/jobs"]');
    await page.waitForSelector('[data-testid="job-row"]');
    expect(await untranslated()).toEqual([]);
    expect(await page.locator('[data-job="ledger.expiry"] [data-testid="job-retry"]').count()).toBe(0);
    const exported = page.locator(
      '[data-testid="job-row"][data-job="exports.run"] [data-testid="job-progress"]',
    );
    expect(await exported.allInnerTexts()).toContain({ en: '3 / 3', ru: '3 / 3', fa: '۳ / ۳' }[locale]);
    await s.shot(`jobs-${locale}`);

    const failed = page.locator('[data-testid="job-row"][data-state="FAILED"]');
    if ((await failed.count()) > 0) {
      await failed.first().locator('[data-testid="job-retry"]').click();
      await page.waitForSelector('[data-testid="job-row"][data-state="FAILED"]', { state: 'detached' });
    }

    // Finished global runs show when the list is filtered by state; their names are translated too.
    await page.click('[data-testid="jobs-state"] [role="combobox"]');
    await page.click('li[data-value="DONE"]');
    const pruned = page.locator('[data-testid="job-row"][data-job="events.prune"]').first();
    await pruned.waitFor();
    expect(await pruned.innerText()).not.toContain('events.prune');
    const backup = page.locator('[data-testid="job-row"][data-job="backups.nightly"]').first();
    expect(await backup.textContent()).toContain(
      { en: 'Nightly backup', ru: 'Ночная резервная копия', fa: 'پشتیبان‌گیری شبانه' }[locale],
    );
    expect(await untranslated()).toEqual([]);
    await s.shot(`jobs-done-${locale}`);
    expect(s.errors).toEqual([]);
  });
});

describe('the Jobs screen’s names of jobs', () => {
  it('has one in en, ru and fa for every job the server’s modules declare', () => {
    const declared = s.server.app.modules.flatMap((m) => (m.jobs ?? []).map((j) => j.name)).sort();
    expect(declared.length).toBeGreaterThan(10);
    // Each language's own texts only (no English underneath), from every screen family that names jobs.
    for (const [locale, families] of Object.entries({ en: FAMILY_EN, ru: FAMILY_RU, fa: FAMILY_FA })) {
      const merged = deepMerge(...(families as Record<string, unknown>[])) as {
        patron: { jobs: { names: Record<string, string> } };
      };
      const names = merged.patron.jobs.names;
      expect(
        declared.filter((job) => !names[job]),
        locale,
      ).toEqual([]);
    }
  });
});
