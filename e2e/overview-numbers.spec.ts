import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';
import { insertRollupRow } from './insert-rollup-row';
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

/**
 * The six metrics of issue 15 are in the metric picker; a metric no domain has a known result for
 * (STARTTLS while SMTP probing is off) reads "not measured", never 0%.
 */
test('the metric picker lists the transport metrics and says when one is not measured', async ({ page }) => {
  const db = await e2eDb();
  const group = await db.query<{ id: string }>(
    `INSERT INTO groups (id, name, updated_at) VALUES (gen_random_uuid(), $1, now()) RETURNING id`,
    [`E2E transport ${Date.now().toString(36)}`],
  );
  const scope = group.rows[0]?.id ?? '';
  try {
    await insertRollupRow(db, {
      scope,
      day: '2026-08-31',
      domains: 20,
      unknown: 0,
      adopted: { spf_published: 18, dnssec_signed: 6 },
      unknownOf: { dnssec_signed: 4, starttls_offered: 20 },
    });
    await page.goto(`/overview?scopes=${scope}&granularity=month&to=2026-08-31&metric=starttlsOffered`);
    const section = page.locator(`section[data-scope="${scope}"]`);
    const card = (label: string) =>
      section.locator('article', { has: page.getByRole('link', { name: label, exact: true }) });
    for (const label of [
      'MTA-STS enforcing',
      'TLS-RPT published',
      'BIMI published',
      'DNSSEC signed',
      'DANE on MX',
    ])
      await expect(card(label)).toBeVisible();
    // 6 of the 16 domains with a known DNSSEC state; 4 unknown are out of the denominator.
    await expect(card('DNSSEC signed').getByTestId('metric-percent')).toHaveText('37.50%');
    await expect(card('DNSSEC signed').getByTestId('metric-counts')).toHaveText('6 / 16 domains');
    await expect(card('STARTTLS').getByTestId('metric-percent')).toHaveText('not measured');
    await expect(page.getByTestId('metric-not-measured')).toBeVisible();
    await expect(card('STARTTLS').getByRole('link')).toHaveAttribute('aria-current', 'true');
  } finally {
    await db.query('DELETE FROM adoption_rollups WHERE scope = $1', [scope]);
    await db.query('DELETE FROM groups WHERE id = $1', [scope]);
    await db.end();
  }
});
