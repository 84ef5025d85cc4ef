import { expect, type Page, test } from '@playwright/test';

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

/** Collects what the browser refused under the policy (a violation event or its console report). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * Every page comes with a strict Content-Security-Policy whose nonce is new on each response and is
 * carried by every script of the page; and the app still works under it: React hydrates (the rule
 * form reacts to its kind), a server action runs (a report is generated), charts and the report's
 * own style element render, and the browser reports no violation on the way.
 */
test('pages carry a strict CSP with a fresh nonce, and the app works under it', async ({ page }) => {
  test.setTimeout(120_000);
  const first = await page.request.get('/');
  const second = await page.request.get('/');
  const policy = first.headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  const nonce = nonceOf(policy);
  expect(nonce).toBeTruthy();
  expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);
  expect(first.headers()['x-frame-options']).toBe('DENY');
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  const violations = await watchViolations(page);
  await page.goto('/alerts');
  await page.getByLabel('What to watch').selectOption('dkim_key_age');
  await expect(page.getByLabel('Older than (days)')).toBeVisible();

  await page.goto('/overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Adoption overview' })).toBeVisible();

  await page.goto('/reports');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Generate report' }).click();
  await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
