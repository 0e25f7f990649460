import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/** Repository root: this file is <repo>/packages/testkit/{src,dist}/browser.*. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Headless system Chromium (CHROMIUM_PATH, default /usr/bin/chromium); close it when done. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Folder for screenshots (PATRON_SCREENSHOTS_DIR, default <repo>/artifacts/screenshots), created if needed. */
export function screenshotsDir(): string {
  const dir = process.env.PATRON_SCREENSHOTS_DIR ?? `${repoRoot}artifacts/screenshots`;
  mkdirSync(dir, { recursive: true });
  return dir;
}
