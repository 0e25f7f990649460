import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BrowserSession, openSession } from './session';

/**
 * The content security policy the server sends (http/security-headers.ts) lets the built SPA and
 * the bundled GraphiQL work: nothing they load or run is blocked. Violations are collected both from
 * the page's `securitypolicyviolation` events and from Chromium's console.
 */

let s: BrowserSession;
const violations: string[] = [];

beforeAll(async () => {
  s = await openSession();
  s.page.setDefaultTimeout(20_000);
  s.page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await s.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`);
    });
  });
});
afterAll(async () => s?.close());

it('sends the policy with the SPA and blocks nothing of it or of GraphiQL', async () => {
  const shell = await s.page.goto(`${s.server.url}/`);
  const csp = shell?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(shell?.headers()['x-frame-options']).toBe('DENY');

  await s.signIn(s.workspace.emails.ADMIN);
  await s.page.locator('[data-testid], table, .MuiTable-root').first().waitFor();

  await s.page.goto(`${s.server.url}/graphiql`);
  await s.page.locator('.graphiql-container').waitFor();
  // The editors (and their workers) are up once the query editor shows text.
  await s.page.locator('.graphiql-query-editor').waitFor();
  await s.page.waitForTimeout(2000);
  await s.shot('graphiql-under-csp');

  expect(violations).toEqual([]);
  expect(s.errors).toEqual([]);
});

it('sends the policy with the customers’ self-service pages and blocks nothing of them', async () => {
  const page = await s.page.goto(`${s.server.url}/self-service/?workspace=${s.workspace.id}`);
  expect(page?.headers()['content-security-policy'] ?? '').toContain("script-src 'self'");
  expect(page?.headers()['x-frame-options']).toBe('DENY');
  await s.page.locator('[data-testid="ss-sign-in"]').waitFor();
  expect(violations).toEqual([]);
  expect(s.errors).toEqual([]);
});
