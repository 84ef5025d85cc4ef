import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

/**
 * An admin creates a rule through the form, and the delivery history shows a delivery of it (written
 * here as a worker would) with its status, attempts and error, and its detail page the matches.
 */
test('create an alert rule, then read its delivery history', async ({ page }) => {
  const name = `E2E alert ${Date.now().toString(36)}`;
  await page.goto('/alerts');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('What to watch').selectOption('record_lost');
  await page.getByLabel('Setting').selectOption('dmarcPublished');
  await page.getByLabel('E-mail addresses (comma-separated)').fill('team@example.jp');
  await page.getByLabel('Webhook URL').fill('https://hooks.example.jp/kensa');
  await page.getByRole('button', { name: 'Create a rule' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('a domain is no longer "DMARC published"')).toBeVisible();
  await expect(page.getByText(/^whsec_/)).toBeVisible();
  const ruleId = page.url().split('/').at(-1) ?? '';

  const db = await e2eDb();
  try {
    const matchId = '01900000-0000-7000-8000-00000000e2e1';
    const payload = {
      rule: { id: ruleId, name, kind: 'record_lost', digest: 'none', params: { metric: 'dmarcPublished' } },
      total: 1,
      matches: [
        {
          id: matchId,
          detail: {
            kind: 'record_lost',
            metric: 'dmarcPublished',
            domainId: '01900000-0000-7000-8000-00000000e2e2',
            domain: 'lost-dmarc.e2e.test',
            at: new Date().toISOString(),
          },
        },
      ],
    };
    const delivery = await db.query<{ id: string }>(
      `INSERT INTO alert_deliveries (id, rule_id, channel, target, status, attempts, last_error, match_ids, payload)
       VALUES (gen_random_uuid(), $1, 'webhook', 'https://hooks.example.jp/kensa', 'failed', 8, 'HTTP 503 Service Unavailable',
               ARRAY[$2::uuid], $3) RETURNING id`,
      [ruleId, matchId, JSON.stringify(payload)],
    );
    await page.goto(`/alerts?status=failed&rule=${ruleId}`);
    const row = page.getByRole('row').filter({ hasText: 'HTTP 503 Service Unavailable' });
    await expect(row).toContainText(name);
    await expect(row).toContainText('failed');
    await row.getByRole('link').first().click();
    // A first visit compiles the page under a dev server: give it time.
    await expect(page).toHaveURL(new RegExp(`/alerts/deliveries/${delivery.rows[0]?.id}`), {
      timeout: 60_000,
    });
    await expect(page.getByRole('link', { name: 'lost-dmarc.e2e.test' })).toBeVisible();
    await expect(page.getByText('DMARC published: adopted at the previous scan, not any more')).toBeVisible();
  } finally {
    await db.query('DELETE FROM alert_rules WHERE id = $1', [ruleId]);
    await db.end();
  }
});
