import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

/** Weeks of 2090 (far from any other spec's data, so the latest period is this spec's). */
const WEEKS = ['2090-01-02', '2090-01-09', '2090-01-16', '2090-01-23', '2090-01-30', '2090-02-06'];
/** Per week, SPF-pass messages of 100 from carrier A, and from carrier B once it joins (week 3). */
const A_PASS = [70, 75, 80, 80, 80, 80];
const B_PASS = [null, null, null, 90, 90, 95];

/**
 * The received-mail page draws what the aggregates say: two sources, the second joining in the
 * fourth week, so the series breaks there (marker in the chart, a note, a marked table row), and
 * the latest week reads "data from 2 sources" with its change since the week before.
 */
test('received-mail chart, N sources and the series break', async ({ page }) => {
  const db = await e2eDb();
  const names = ['E2E carrier A', 'E2E carrier B'];
  try {
    const ids: string[] = [];
    for (const name of names) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO mail_sources (id, name, trusted_authserv_ids, updated_at)
         VALUES (gen_random_uuid(), $1, ARRAY['mx.e2e.test'], now()) RETURNING id`,
        [name],
      );
      ids.push(rows[0]?.id ?? '');
    }
    const insert = async (source: string, day: string, pass: number) => {
      await db.query(
        `INSERT INTO mail_daily_aggregates (source_id, day, sender_domain, spf, dkim, dmarc, messages)
         VALUES ($1, $2, 'sender.e2e.test', 'pass', 'pass', 'pass', $3),
                ($1, $2, 'other.e2e.test', 'none', 'none', 'none', $4)`,
        [source, day, pass, 100 - pass],
      );
    };
    for (const [i, day] of WEEKS.entries()) {
      await insert(ids[0] ?? '', day, A_PASS[i] ?? 0);
      const b = B_PASS[i];
      if (b != null) await insert(ids[1] ?? '', day, b);
    }

    await page.goto('/received-mail?by=week&basis=messages&source=all');
    await expect(page.getByRole('heading', { level: 1, name: 'Received mail' })).toBeVisible();
    await expect(page.getByTestId('mail-sources')).toContainText('data from 2 sources');
    // 175 of 200 against 170 of 200 the week before.
    const spfPass = page.locator('article[data-headline="spfPass"]');
    await expect(spfPass).toContainText('87.50%');
    await expect(spfPass).toContainText('+2.50 points since w/c 30 Jan 2090');
    await expect(page.getByTestId('series-break').first()).toContainText(
      'Series break at w/c 23 Jan 2090: 1 → 2 sources',
    );
    const chart = page.getByTestId('received-mail-chart');
    await expect(chart.locator('.series-break-marker').first()).toBeAttached();
    await expect(chart.getByText('2 sources').first()).toBeVisible();
    await expect(chart.locator('.recharts-line').first()).toBeAttached();
    await page.getByText('Data table').click();
    const table = page.getByTestId('mail-series-table');
    await expect(table).toContainText('w/c 6 Feb 2090');
    await expect(table.getByTestId('series-break-row').first()).toContainText('sources changed: 1 → 2');
    await page.screenshot({ path: 'e2e/screenshots/received-mail.png', fullPage: true });

    // One source alone: carrier A is one source throughout, no break within its weeks.
    await page.goto(`/received-mail?by=week&basis=messages&source=${ids[0]}`);
    await expect(page.getByTestId('mail-sources')).toContainText('data from 1 source');
    await expect(page.locator('article[data-headline="spfPass"]')).toContainText('80.00%');

    // Sender domains: of the two, one passes SPF each week.
    await page.goto('/received-mail?by=week&basis=domains&source=all');
    await expect(page.locator('article[data-headline="spfPass"]')).toContainText('50.00%');

    // The scorecard of a registered sender: its latest week at receivers, beside its (absent) records.
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO domains (id, ascii, unicode, updated_at)
       VALUES (gen_random_uuid(), 'other.e2e.test', 'other.e2e.test', now()) RETURNING id`,
    );
    await page.goto(`/domains/${rows[0]?.id}`);
    const panel = page.getByRole('region', { name: 'Its mail at receivers' });
    await expect(panel.getByTestId('scorecard-mail-summary')).toContainText(
      '0.00% of mail claiming other.e2e.test failed SPF in the week of 6 Feb 2090',
    );
    await expect(panel.getByTestId('scorecard-mail-summary')).toContainText('data from 2 sources');
    await expect(panel.getByTestId('scorecard-mail-table')).toContainText('none 100.00%');
  } finally {
    await db.query('DELETE FROM mail_sources WHERE name = ANY($1)', [names]);
    await db.query(`DELETE FROM domains WHERE ascii = 'other.e2e.test'`);
    await db.end();
  }
});
