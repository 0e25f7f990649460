import { withClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

/** The server's upload limit here: small enough to pass cheaply, above the large file below (~5 MB). */
const UPLOAD_MB = 8;

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession({ limits: { uploadBytes: UPLOAD_MB * 1024 * 1024 } });
  // The manager may import (customers.import is the manager's by default).
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

/** Text as a Russian Excel saves CSV: Windows-1251, one byte per Cyrillic letter. */
function windows1251(text: string): Buffer {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    throw new Error(`not in Windows-1251: ${ch}`);
  });
  return Buffer.from(bytes);
}

/** Three customers with a Russian header, the third without a usable phone (line 4). */
const file = (prefix: string, surname: string) =>
  [
    'Телефон;Имя;Фамилия;Метки',
    `0912 ${prefix} 0101;Анна;${surname};vip`,
    `0912 ${prefix} 0202;Борис;Ёлкин;`,
    'не телефон;Вера;Орлова;',
    '',
  ].join('\r\n');

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

const target = (page: Page, index: number) =>
  page.locator(`[data-testid="import-column-${index}"]`).getAttribute('data-target');
const count = (page: Page, name: string) =>
  page
    .locator(`[data-testid="import-report"] [data-testid="import-count-${name}"]`)
    .getAttribute('data-count');

describe('a manager imports customers from a Russian Excel CSV', () => {
  it.each([
    ['en', '111', 'Смирнова', 'First name'],
    ['ru', '222', 'Иванова', 'Имя'],
    ['fa', '333', 'Петрова', 'نام'],
  ])(
    'uploads, maps, previews, imports and sees the customers in %s',
    async (locale, prefix, surname, firstName) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);

      // Step 1: the customers list leads to the wizard; the file is read as Windows-1251 by itself.
      await page.click('[data-testid="customers-import"]');
      const wizard = page.locator('[data-testid="import-wizard"]');
      await wizard.locator('[data-testid="import-upload"]').waitFor();
      // In Persian a file type with a leading dot turned around inside the sentence ("(xlsx.)"): named without it.
      if (locale === 'fa')
        expect(await wizard.locator('[data-testid="import-upload"]').textContent()).toContain('(XLSX)');
      // The template file names the columns in the staff member's language.
      const template = await wizard.locator('[data-testid="import-template-file"]').getAttribute('href');
      const templateFile = await page.request.get(`${s.server.url}${template}`);
      expect(templateFile.status()).toBe(200);
      const header = (await templateFile.text()).replace(/^\uFEFF/, '').trim();
      expect(header.split(',')).toContain(firstName);
      await wizard.locator('[data-testid="import-file"]').setInputFiles({
        name: `клиенты-${locale}.csv`,
        mimeType: 'text/csv',
        buffer: windows1251(file(prefix, surname)),
      });
      const settings = wizard.locator('[data-testid="import-file-settings"]');
      await settings.waitFor();
      expect(await settings.getAttribute('data-format')).toBe('CSV');
      expect(await wizard.locator('[data-testid="import-encoding"]').textContent()).toContain('1251');
      expect(await wizard.locator('[data-testid="import-headers"]').textContent()).toContain('Телефон');
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`import-upload-${locale}`);

      // Step 2: the Russian headers are matched to the attributes; the rest is chosen by hand.
      await wizard.locator('[data-testid="import-to-mapping"]').click();
      await wizard.locator('[data-testid="import-mapping"]').waitFor();
      await expect.poll(() => target(page, 0)).toBe('mobile');
      expect(await target(page, 1)).toBe('firstName');
      expect(await target(page, 2)).toBe('lastName');
      expect(await target(page, 3)).toBe('tags');
      await page.click('[data-testid="import-target-3"]');
      await page.click('[data-testid="import-target-option-skip"]');
      expect(await target(page, 3)).toBe('');
      await page.click('[data-testid="import-target-3"]');
      await page.click('[data-testid="import-target-option-tags"]');
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`import-mapping-${locale}`);

      // Step 3: the preview shows the rows as stored, the bad phone marked with its reason.
      await wizard.locator('[data-testid="import-to-preview"]').click();
      const rows = wizard.locator('[data-testid="import-preview-row"]');
      await rows.first().waitFor();
      expect(await rows.evaluateAll((r) => r.map((row) => row.getAttribute('data-outcome')))).toEqual([
        'NEW',
        'NEW',
        'INVALID',
      ]);
      const invalid = wizard.locator('[data-testid="import-cell-invalid"]');
      expect(await invalid.count()).toBe(1);
      expect((await invalid.textContent())?.length).toBeGreaterThan('не телефон'.length);
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`import-preview-${locale}`);

      // Step 4: started, it is followed until it ends.
      await wizard.locator('[data-testid="import-start"]').click();
      await wizard
        .locator('[data-testid="import-progress"], [data-testid="import-report"]')
        .first()
        .waitFor();
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`import-progress-${locale}`);

      // Step 5: the report counts two new customers and one invalid row, with the file of it.
      const report = wizard.locator('[data-testid="import-report"]');
      await report.waitFor({ timeout: 60_000 });
      expect(await report.getAttribute('data-state')).toBe('DONE');
      expect(await count(page, 'created')).toBe('2');
      expect(await count(page, 'invalid')).toBe('1');
      expect(await wizard.locator('[data-testid="import-report-file"]').count()).toBe(1);
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`import-report-${locale}`);

      // The customers are there.
      await wizard.locator('[data-testid="import-see-customers"]').click();
      await page.waitForURL(/#\/customers/);
      await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain(surname);

      // The list of imports has this one, done.
      await page.goto(`${s.server.url}/#/imports`);
      const row = page.locator('[data-testid="import-row"]').first();
      // Shown from the cache at once, then refreshed: this import comes first.
      await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain(`клиенты-${locale}.csv`);
      expect(await row.getAttribute('data-state')).toBe('DONE');
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`import-list-${locale}`);
      // Opened from the list, a finished import shows its report.
      await row.click();
      await page.locator('[data-testid="import-wizard"][data-step="report"]').waitFor();
      expect(await count(page, 'created')).toBe('2');
      expect(s.errors).toEqual([]);
    },
  );

  it('imports the same file again and changes nothing', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/imports/create`);
    await chooseLocale(page, 'en');
    const wizard = page.locator('[data-testid="import-wizard"]');
    await wizard.locator('[data-testid="import-file"]').setInputFiles({
      name: 'again.csv',
      mimeType: 'text/csv',
      buffer: windows1251(file('111', 'Смирнова')),
    });
    await wizard.locator('[data-testid="import-to-mapping"]').click();
    await wizard.locator('[data-testid="import-to-preview"]').click();
    await wizard.locator('[data-testid="import-preview-row"]').first().waitFor();
    await wizard.locator('[data-testid="import-start"]').click();
    const report = wizard.locator('[data-testid="import-report"]');
    await report.waitFor({ timeout: 60_000 });
    expect(await count(page, 'created')).toBe('0');
    expect(await count(page, 'updated')).toBe('0');
    expect(await count(page, 'skipped')).toBe('2');
    expect(s.errors).toEqual([]);
  });

  it('says in the user’s language why a file cannot be imported, and stays on the file step', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/imports/create`);
    await chooseLocale(page, 'ru');
    const wizard = page.locator('[data-testid="import-wizard"]');
    await wizard.locator('[data-testid="import-file"]').setInputFiles({
      name: 'old.xls',
      mimeType: 'application/vnd.ms-excel',
      // An old binary Excel file starts with the OLE2 signature.
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    const error = wizard.locator('[data-testid="import-upload-error"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/[\u0400-\u04FF]/);
    expect(await untranslated(page)).toEqual([]);
    expect(await wizard.getAttribute('data-step')).toBe('upload');
    await s.shot('import-refused-ru');
    expect(s.errors).toEqual([]);
  });

  it.each([
    ['en', 'Up to 8 MB', 'The file is larger than 8 MB, the most that can be uploaded'],
    ['ru', 'До 8 МБ', 'Файл больше 8 МБ — это наибольший размер загрузки'],
    ['fa', 'حداکثر ۸ مگابایت', 'فایل بزرگ‌تر از ۸ مگابایت است؛ بیش از این بارگذاری نمی‌شود'],
  ])(
    'states the upload limit and refuses a larger file before sending it, in %s',
    async (locale, limit, refusal) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/imports/create`);
      await chooseLocale(page, locale);
      const wizard = page.locator('[data-testid="import-wizard"]');
      const hint = wizard.locator('[data-testid="import-upload-limit"]');
      await hint.waitFor();
      expect(await hint.textContent()).toBe(limit);
      expect(Number(await hint.getAttribute('data-bytes'))).toBe(UPLOAD_MB * 1024 * 1024);
      expect(await untranslated(page)).toEqual([]);
      await s.shot(`import-upload-limit-${locale}`);

      const uploads: string[] = [];
      const watch = (request: { url(): string; method(): string }) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/files')
          uploads.push(request.url());
      };
      page.on('request', watch);
      try {
        await wizard.locator('[data-testid="import-file"]').setInputFiles({
          name: `too-large-${locale}.csv`,
          mimeType: 'text/csv',
          buffer: Buffer.alloc(UPLOAD_MB * 1024 * 1024 + 1, 'a'),
        });
        const error = wizard.locator('[data-testid="import-upload-error"]');
        await error.waitFor();
        expect(await error.textContent()).toBe(refusal);
        expect(await wizard.getAttribute('data-step')).toBe('upload');
        await s.shot(`import-upload-too-large-${locale}`);
      } finally {
        page.off('request', watch);
      }
      // Nothing went: no upload was begun, and the server keeps nothing of the file.
      expect(uploads).toEqual([]);
      const kept = await withClient(s.server.databaseUrl, async (c) =>
        Number(
          (await c.query("select count(*) as n from uploaded_file where name like 'too-large-%'")).rows[0].n,
        ),
      );
      expect(kept).toBe(0);
      expect(s.errors).toEqual([]);
    },
  );

  it('shows how much of a large file has gone, in the user’s language, and stops it when asked', async () => {
    const { page } = s;
    // About 6 MB, sent at 256 KB/s: long enough to watch, and to stop early on.
    const rows = Array.from({ length: 120_000 }, (_, i) => `0912${String(i).padStart(7, '0')};Анна;Смирнова`);
    const big = Buffer.from(['Телефон;Имя;Фамилия', ...rows, ''].join('\r\n'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    const importsBefore = (
      await s.workspace.as.MANAGER.requestOk('{ imports(first: 100) { edges { node { id } } } }')
    ).imports.edges.length;
    try {
      for (const locale of ['en', 'ru', 'fa']) {
        await page.goto(`${s.server.url}/#/imports/create`);
        await chooseLocale(page, locale);
        const wizard = page.locator('[data-testid="import-wizard"]');
        await wizard.locator('[data-testid="import-file"]').setInputFiles({
          name: `big-${locale}.csv`,
          mimeType: 'text/csv',
          buffer: big,
        });
        const progress = wizard.locator('[data-testid="import-upload-progress"]');
        await expect
          .poll(async () => Number(await progress.getAttribute('data-sent')))
          .toBeGreaterThan(256 * 1024);
        expect(Number(await progress.getAttribute('data-total'))).toBe(big.length);
        expect(await wizard.locator('[data-testid="import-file-name"]').textContent()).toBe(
          `big-${locale}.csv`,
        );
        const text =
          (await wizard.locator('[data-testid="import-upload-progress-text"]').textContent()) ?? '';
        // The sizes and the share in the language's digits (Persian ones in Persian).
        expect(text).toMatch(locale === 'fa' ? /[۰-۹]/ : /\d/);
        if (locale === 'fa') expect(text).not.toMatch(/[0-9]/);
        expect(await untranslated(page)).toEqual([]);
        await s.shot(`import-upload-sending-${locale}`);

        await wizard.locator('[data-testid="import-upload-stop"]').click();
        await progress.waitFor({ state: 'detached' });
        // Stopped on purpose: no error, the file step as it was before the file was chosen.
        expect(await wizard.locator('[data-testid="import-upload-error"]').count()).toBe(0);
        expect(await wizard.getAttribute('data-step')).toBe('upload');
        expect(await wizard.locator('[data-testid="import-to-mapping"]').count()).toBe(0);
      }
    } finally {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await cdp.detach();
    }
    // The server kept nothing of the stopped uploads, and no import was opened.
    const imports = await s.workspace.as.MANAGER.requestOk(
      '{ imports(first: 100) { edges { node { id } } } }',
    );
    expect(imports.imports.edges).toHaveLength(importsBefore);
    await expect
      .poll(() =>
        withClient(s.server.databaseUrl, async (c) =>
          Number(
            (await c.query("select count(*) as n from uploaded_file where name like 'big-%'")).rows[0].n,
          ),
        ),
      )
      .toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('is not offered to staff who may not import', async () => {
    const { page } = s;
    await page.context().clearCookies();
    await s.signIn(s.workspace.emails.ANALYST);
    await page.locator('a[href="#/customers"]').first().waitFor();
    expect(await page.locator('a[href="#/imports"]').count()).toBe(0);
    expect(await page.locator('[data-testid="customers-import"]').count()).toBe(0);
  });
});
