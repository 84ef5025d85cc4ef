import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

const METRICS = ['spf_published', 'dkim_published'] as const;
const LABELS = { spf_published: 'SPF published', dkim_published: 'DKIM published' };

/**
 * The overview shows what adoption_rollups say. A group gets rollup rows for June–August (as the
 * survey slides have), then each card's percentage and "adopted / known" are compared with a query.
 */
test('overview percentages and counts equal the database', async ({ page }) => {
  const db = await e2eDb();
  const name = `E2E survey ${Date.now().toString(36)}`;
  const group = await db.query<{ id: string }>(
    `INSERT INTO groups (id, name, updated_at) VALUES (gen_random_uuid(), $1, now()) RETURNING id`,
    [name],
  );
  const scope = group.rows[0]?.id ?? '';
  try {
    const days: Array<[string, number, number, number, number]> = [
      ['2026-06-30', 655, 3, 595, 60],
      ['2026-07-31', 655, 2, 600, 65],
      ['2026-08-31', 655, 0, 612, 70],
    ];
    for (const [day, domains, unknown, spf, dkim] of days) {
      await db.query(
        `INSERT INTO adoption_rollups (scope, day, since_day, until_day, domains, unknown, spf_published, spf_valid,
           dkim_published, dmarc_published, dmarc_enforcing, adsp_published, sender_id_published, null_mx)
         VALUES ($1, $2, '2026-01-01', '9999-12-31', $3, $4, $5, $5, $6, 0, 0, 0, 0, 0)`,
        [scope, day, domains, unknown, spf, dkim],
      );
    }
    await page.goto(`/overview?scopes=${scope}&granularity=month&to=2026-08-31`);
    const section = page.locator(`section[data-scope="${scope}"]`);
    await expect(section.getByRole('heading', { name })).toBeVisible();
    for (const metric of METRICS) {
      const latest = await db.query<{ adopted: number; known: number }>(
        `SELECT sum(${metric})::int AS adopted, (sum(domains) - sum(unknown))::int AS known
         FROM adoption_rollups WHERE scope = $1 AND day = (SELECT max(day) FROM adoption_rollups WHERE scope = $1 AND day <= '2026-08-31')`,
        [scope],
      );
      const { adopted, known } = latest.rows[0] ?? { adopted: 0, known: 0 };
      const card = section.locator('article', {
        has: page.getByRole('link', { name: LABELS[metric], exact: true }),
      });
      const percent = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 2 }).format(
        adopted / known,
      );
      await expect(card.getByTestId('metric-percent')).toHaveText(percent);
      await expect(card.getByTestId('metric-counts')).toHaveText(`${adopted} / ${known} domains`);
    }
    // 612/655 = 93.44% in August against 600/653 = 91.88% in July.
    await expect(section.locator('article').first()).toContainText('+1.55 points since Jul 2026');
    await page.getByText('Data table').click();
    await expect(page.getByTestId('series-table')).toContainText('Aug 2026');
    await page.screenshot({ path: 'e2e/screenshots/overview.png', fullPage: true });
  } finally {
    await db.query('DELETE FROM adoption_rollups WHERE scope = $1', [scope]);
    await db.query('DELETE FROM groups WHERE id = $1', [scope]);
    await db.end();
  }
});
