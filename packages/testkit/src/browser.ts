import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/** Repository root: this file is <repo>/packages/testkit/{src,dist}/browser.*. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Debian's Chromium builds, lightest first. The headless shell (package chromium-headless-shell) is the
 * same Blink without the desktop browser around it: the browser tests take a sixth less CPU with it
 * (README, "Test it"). The full browser still serves where the shell is not installed.
 */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/** The Chromium the tests drive: CHROMIUM_PATH, else the first of SYSTEM_CHROMIUMS installed. */
export function chromiumPath(): string {
  return (
    process.env.CHROMIUM_PATH ??
    SYSTEM_CHROMIUMS.find((p) => existsSync(p)) ??
    (SYSTEM_CHROMIUMS.at(-1) as string)
  );
}

/** Headless system Chromium (see chromiumPath); close it when done. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
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
