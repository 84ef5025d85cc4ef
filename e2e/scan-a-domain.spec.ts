import { expect, test } from '@playwright/test';

/**
 * The walking skeleton, as a user does it: add a Unicode domain, scan it, and read the SPF record
 * that the worker fetched from the fixture Knot server (fixtures/zones/test.zone).
 */
test('add a Unicode domain, scan it, and see its SPF record', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Add domain').fill('検査省.test');
  await page.getByRole('button', { name: 'Add domain' }).click();
  await expect(page.getByRole('status')).toContainText('検査省.test (xn--5vvzyn73a.test)');

  // Search for it rather than rely on it being on the table's first page.
  await page.goto(`/?q=${encodeURIComponent('検査省')}`);
  await page
    .getByRole('link', { name: /検査省\.test/ })
    .first()
    .click();
  await expect(page.getByTestId('domain-ascii')).toHaveText('xn--5vvzyn73a.test');
  await expect(page.getByTestId('domain-unicode')).toHaveText('検査省.test');

  const before = Date.now();
  await page.getByRole('button', { name: 'Scan now' }).click();
  await expect(page.getByRole('status')).toContainText(/Scanning|Scan finished/);
  await expect(page.getByTestId('spf-record')).toHaveText(
    'v=spf1 ip4:192.0.2.0/24 include:_spf.kensa-mail.test -all',
  );
  const fetched = await page.getByTestId('fetched-at').textContent();
  expect(fetched).toMatch(/^Fetched \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} /);
  await expect(page.getByRole('status')).toContainText('Scan finished');
  expect(Date.now() - before).toBeLessThan(30_000);
  await page.screenshot({ path: 'e2e/screenshots/domain-scanned.png', fullPage: true });

  // The API lists the same current state the page shows, with the table's filters.
  const api = await page.request.get(`/api/v1/domains?q=${encodeURIComponent('検査省')}`);
  expect(api.status()).toBe(200);
  const { items } = (await api.json()) as {
    items: Array<{ ascii: string; scanned: boolean; flags: object }>;
  };
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    ascii: 'xn--5vvzyn73a.test',
    scanned: true,
    flags: { spfPublished: true },
  });
});

test('the API refuses a malformed domain with a JSON error and registers a valid one', async ({ page }) => {
  const bad = await page.request.post('/api/v1/domains', { data: { domain: '192.0.2.1' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: 'invalid_domain' });
  const good = await page.request.post('/api/v1/domains', { data: { domain: 'ＡＰＩ-Added.test' } });
  expect(good.status()).toBe(201);
  expect(await good.json()).toMatchObject({ ascii: 'api-added.test', unicode: 'api-added.test' });
});

test('a malformed domain is refused with a reason, and nothing is stored', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Add domain').fill('bad domain!.test');
  await page.getByRole('button', { name: 'Add domain' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not a valid domain name' })).toBeVisible();
  await expect(page.getByRole('link', { name: /bad domain/ })).toHaveCount(0);
});
