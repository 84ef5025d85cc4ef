import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';
import { createSurveyGroup } from './survey-group';

const METRICS = ['spf_published', 'dkim_published'] as const;
const LABELS = { spf_published: 'SPF published', dkim_published: 'DKIM published' };

/**
 * The overview shows what adoption_rollups say. A group gets rollup rows for June–August (as the
 * survey slides have), then each card's percentage and "adopted / known" are compared with a query.
 */
test('overview percentages and counts equal the database', async ({ page }) => {
  const db = await e2eDb();
  const survey = await createSurveyGroup(db, 'E2E survey');
  const { name, scope } = survey;
  try {
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
    await survey.remove();
    await db.end();
  }
});
