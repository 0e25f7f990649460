import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, screenshotsDir } from './index.js';

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

it('drives the Chromium CHROMIUM_PATH names, else the headless shell where it is installed', () => {
  const set = process.env.CHROMIUM_PATH;
  try {
    process.env.CHROMIUM_PATH = '/opt/own/chromium';
    expect(chromiumPath()).toBe('/opt/own/chromium');
    delete process.env.CHROMIUM_PATH;
    const shell = '/usr/bin/chromium-headless-shell';
    expect(chromiumPath()).toBe(existsSync(shell) ? shell : '/usr/bin/chromium');
  } finally {
    if (set === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = set;
  }
});
