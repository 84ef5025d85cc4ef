import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

/**
 * An admin archives a domain from its page after confirming: it leaves the domains table, its page
 * is gone, and the row stays in the database with archived_at set (history is never deleted).
 */
test('archive a domain from its page', async ({ page }) => {
  const name = `archive-${Date.now().toString(36)}.test`;
  const created = await page.request.post('/api/domains', { data: { domain: name } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/domains/${id}`);
  const dialog = page.waitForEvent('dialog');
  await page.getByRole('button', { name: 'Archive this domain' }).click();
  const confirm = await dialog;
  expect(confirm.message()).toContain(name);
  await confirm.accept();
  await page.waitForURL((url) => url.pathname === '/');

  await page.goto(`/?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  expect((await page.goto(`/domains/${id}`))?.status()).toBe(404);
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
