import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { launchBrowser, screenshotsDir } from './index.js';

const dir = await mkdtemp(join(tmpdir(), 'testkit-shots-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

it('drives headless Chromium and saves a screenshot', async () => {
  process.env.PATRON_SCREENSHOTS_DIR = join(dir, 'shots');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent('<h1>Patron</h1>');
    expect(await page.textContent('h1')).toBe('Patron');
    const file = join(screenshotsDir(), 'testkit.png');
    await page.screenshot({ path: file });
    expect(existsSync(file)).toBe(true);
  } finally {
    await browser.close();
    delete process.env.PATRON_SCREENSHOTS_DIR;
  }
});
