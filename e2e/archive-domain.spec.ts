import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

/**
 * An admin archives a domain from its page after confirming: it leaves the domains table, its page
 * is gone, and the row stays in the database with archived_at set (history is never deleted).
 */
test('archive a domain from its page', async ({ page }) => {
  const name = `archive-${Date.now().toString(36)}.test`;
  const created = await page.request.post('/api/v1/domains', { data: { domain: name } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/domains/${id}`);
  // The click returns only once the confirmation is answered, so answer it from the handler.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Archive this domain' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  expect(asked).toContain(name);

  await page.goto(`/?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  // The page streams (loading state first), so "not found" arrives as its page, not as a 404 status.
  await page.goto(`/domains/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  const db = await e2eDb();
  try {
    const row = await db.query<{ archived_at: Date | null }>(
      'SELECT archived_at FROM domains WHERE id = $1',
      [id],
    );
    expect(row.rows[0]?.archived_at).toBeInstanceOf(Date);
  } finally {
    await db.end();
  }
});
