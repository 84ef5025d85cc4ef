import { expect, test } from '@playwright/test';

test.describe('a signed-out visitor', () => {
  test('sees nothing but the sign-in page', async ({ page }) => {
    for (const path of ['/', '/domains/00000000-0000-7000-8000-000000000000', '/anything']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    }
  });

  test('gets 401 from every API route', async ({ request }) => {
    const calls = [
      request.get('/api/v1/domains'),
      request.post('/api/v1/domains', { data: { domain: 'example.test' } }),
      request.get('/api/v1/scan-runs/00000000-0000-7000-8000-000000000000'),
      request.post('/api/v1/scan-runs', { data: { scope: { kind: 'all' } } }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toBe('unauthenticated');
    }
  });

  test('is refused with a forged session cookie', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'kensa_session', value: 'forged', url: baseURL ?? '' }]);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    const api = await context.request.get('/api/v1/domains');
    expect(api.status()).toBe(401);
    await context.close();
  });
});
