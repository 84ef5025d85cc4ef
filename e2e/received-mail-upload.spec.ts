import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

const FIXTURE = 'e2e/fixtures/received-mail/small.mbox';

/**
 * An admin adds a received-mail data source, uploads a small mbox through the page and reads the
 * counts: one message counted per outcome (counted, untrusted, duplicate, malformed), the ingest
 * history, and the same file again counting nothing new.
 */
test('an admin adds a data source, uploads an mbox and sees what was counted', async ({ page }) => {
  const name = `E2E carrier ${Date.now().toString(36)}`;
  await page.goto('/settings/mail-sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Received-mail data sources' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('Carrier A, MX logs');
  await page.getByLabel('Trusted authserv-ids').fill('MX.E2E-Carrier.test, mx2.e2e-carrier.test');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByLabel('Trusted authserv-ids')).toHaveValue(
    'mx.e2e-carrier.test, mx2.e2e-carrier.test',
  );

  await page.getByLabel('mbox or .eml files').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Upload and read' }).click();
  await expect(page.getByTestId('upload-result')).toHaveText(
    '5 messages read from 1 files: 2 counted, 1 untrusted, 1 duplicates, 1 malformed.',
  );
  const history = page.getByTestId('ingest-history').locator('tbody tr');
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText('small.mbox');
  await expect(history.first().locator('td.num')).toHaveText(['2', '1', '1', '1']);
  await page.screenshot({ path: 'e2e/screenshots/mail-source-upload.png', fullPage: true });

  // The same file again: every message with a Message-ID was read before.
  await page.getByLabel('mbox or .eml files').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Upload and read' }).click();
  await expect(page.getByTestId('upload-result')).toHaveText(
    '5 messages read from 1 files: 0 counted, 0 untrusted, 5 duplicates, 0 malformed.',
  );
  await expect(history).toHaveCount(2);

  const db = await e2eDb();
  try {
    const rows = await db.query<{ sender_domain: string; spf: string; messages: number }>(
      `SELECT a.sender_domain, a.spf, a.messages FROM mail_daily_aggregates a
       JOIN mail_sources s ON s.id = a.source_id WHERE s.name = $1 ORDER BY a.spf`,
      [name],
    );
    expect(rows.rows).toEqual([
      { sender_domain: 'spoof.example', spf: 'fail', messages: 1 },
      { sender_domain: 'example.co.jp', spf: 'pass', messages: 1 },
    ]);
  } finally {
    await db.end();
  }
});
