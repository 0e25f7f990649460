import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
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

describe.each(['en', 'ru', 'fa'])('a bulk action cancelled on the Jobs screen, in %s', (locale) => {
  it('its dialog shows it cancelled, with the customers changed before it stopped', async () => {
    const { page, server, workspace } = s;
    const sql = server.app.orm.em.getConnection();
    await sql.execute(
      `insert into customer (workspace_id, attributes)
       select ?, jsonb_build_object('firstName', 'Bulk ' || n) from generate_series(1, 500) n`,
      [workspace.id],
    );
    // A tag of its own: each customer the action reaches is changed, none was tagged before.
    const tag = `Stop-${locale}`;
    await workspace.as.ADMIN.requestOk(
      'mutation($n: String!) { createTag(input: { name: $n, color: "#aa0000" }) { id } }',
      {
        n: tag,
      },
    );
    // The 201st customer it reaches (by id) is held by another transaction: the first chunk of 200
    // is done, the second waits on it while the admin cancels the run.
    const [held] = await sql.execute<{ id: string }[]>(
      'select id from customer where workspace_id = ? and deleted_at is null order by id offset 200 limit 1',
      [workspace.id],
    );
    const holder = new pg.Client({ connectionString: server.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from customer where workspace_id = $1 and id = $2 for update', [
        workspace.id,
        held?.id,
      ]);

      await page.goto(`${server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.locator('[data-testid="customer-table"] thead input[type="checkbox"]').check();
      await page.click('[data-testid="bulk-select-all"]');
      await page.click('[data-testid="bulk-action-ADD_TAGS"]');
      await page.click('[data-testid="bulk-tags"]');
      await page.keyboard.type(tag);
      await page.click(`[data-testid="bulk-tag-option-${tag}"]`);
      await page.click('[data-testid="bulk-run"]');
      await page.waitForSelector('[data-testid="bulk-progress"][data-status="RUNNING"]');

      // The Jobs screen, in another tab of the same session: the workspace's run of it, cancelled.
      const tab = await s.browser.newContext();
      await tab.addCookies(await page.context().cookies());
      const jobs = await tab.newPage();
      try {
        await jobs.goto(`${server.url}/#/jobs`);
        const running = jobs.locator(
          '[data-testid="job-row"][data-job="bulk-actions.run"][data-state="RUNNING"]',
        );
        await running.locator('[data-testid="job-cancel"]').click();
        await running.waitFor({ state: 'detached' });
      } finally {
        await tab.close();
      }
    } finally {
      await holder.query('rollback').catch(() => {});
      await holder.end();
    }

    // The chunk under way ends whole; nothing after it is done.
    const result = page.locator('[data-testid="bulk-result"]');
    await result.waitFor();
    expect(await page.locator('[data-testid="bulk-progress"]').getAttribute('data-status')).toBe('CANCELLED');
    expect(await result.textContent()).toContain(locale === 'fa' ? '۴۰۰' : '400');
    expect(await untranslated()).toEqual([]);
    await s.shot(`bulk-cancelled-${locale}`);
    const [tagged] = await sql.execute<{ n: number }[]>(
      `select count(*)::int as n from customer c join tag t on t.workspace_id = c.workspace_id and t.id = any(c.tags)
        where c.workspace_id = ? and t.name = ?`,
      [workspace.id, tag],
    );
    expect(tagged?.n).toBe(400);
    await page.click('[data-testid="bulk-close"]');
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
