import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { e2eDb } from './e2e-db';
import { insertRollupRow } from './insert-rollup-row';
import { createSurveyGroup } from './survey-group';

const METRICS = ['spfPublished', 'dkimPublished'] as const;
const LABELS = { spfPublished: 'SPF published', dkimPublished: 'DKIM published' };

const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();

async function cardFigures(page: Page, scope: string, metric: (typeof METRICS)[number]) {
  const card = page.locator(`section[data-scope="${scope}"] article`, {
    has: page.getByRole('link', { name: LABELS[metric], exact: true }),
  });
  return {
    percent: await textOf(card.getByTestId('metric-percent')),
    counts: (await textOf(card.getByTestId('metric-counts'))).replace(/ domains$/, ''),
  };
}

/**
 * A report generated on /reports for a group shows the Overview's figures for the same selection,
 * and each download link gives a file of that report. The group's adoption comes from rollup rows
 * written here (June–August, as the survey slides have), so the figures are known in advance.
 */
test('a report generated for a group carries the overview figures and downloads in every format', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const db = await e2eDb();
  const survey = await createSurveyGroup(db, 'E2E report');
  const { name, scope } = survey;
  try {
    await page.goto('/reports');
    await page.getByLabel('All registered domains').uncheck();
    await page.getByLabel(name).check();
    await page.getByLabel('Period start').fill('2026-06-01');
    await page.getByLabel('Period end').fill('2026-08-31');
    await page.getByRole('radio', { name: 'monthly' }).check();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Generate report' }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const reportUrl = page.url();
    const table = page.locator(`table[data-scope="${scope}"]`);
    await expect(table).toContainText(name);
    const inReport: Record<string, { percent: string; counts: string }> = {};
    for (const metric of METRICS) {
      const row = table.locator(`tr[data-metric="${metric}"]`);
      inReport[metric] = {
        percent: await textOf(row.getByTestId('report-percent')),
        counts: await textOf(row.getByTestId('report-counts')),
      };
    }
    // 612/655 = 93.44% in August, against 595/652 = 91.26% at the period's first day with data.
    expect(inReport.spfPublished).toEqual({ percent: '93.44%', counts: '612 / 655' });
    await expect(table.locator('tr[data-metric="spfPublished"]').getByTestId('report-change')).toHaveText(
      '+2.18',
    );

    await page.goto(`/overview?scopes=${scope}&granularity=month&to=2026-08-31`);
    for (const metric of METRICS) expect(await cardFigures(page, scope, metric)).toEqual(inReport[metric]);

    await page.goto(reportUrl);
    const files: Record<string, Buffer> = {};
    for (const format of ['pdf', 'xlsx', 'csv', 'json']) {
      const download = page.waitForEvent('download');
      await page.locator(`a[data-format="${format}"]`).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`kensa-adoption-report_2026-06-01_2026-08-31.${format}`);
      files[format] = await readFile((await file.path()) as string);
    }
    expect(files.pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(files.xlsx?.subarray(0, 2).toString()).toBe('PK');
    const csv = files.csv?.toString('utf8') ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`${name},SPF published,2026-08-31,93.44,612,655,0,2.18,`);
    const json = JSON.parse(files.json?.toString('utf8') ?? '{}');
    expect(json.scopes[0].metrics.spfPublished.current).toMatchObject({ adopted: 612, known: 655 });
  } finally {
    await survey.remove();
    await db.end();
  }
});

test('the reports API generates, lists, returns and downloads a report with the session cookie', async ({
  page,
}) => {
  const db = await e2eDb();
  const group = await db.query<{ id: string }>(
    `INSERT INTO groups (id, name, updated_at) VALUES (gen_random_uuid(), $1, now()) RETURNING id`,
    [`=E2E API report ${Date.now().toString(36)}`],
  );
  const scope = group.rows[0]?.id ?? '';
  try {
    await insertRollupRow(db, {
      scope,
      day: '2026-08-31',
      domains: 10,
      unknown: 2,
      adopted: { spf_published: 4, spf_valid: 4 },
    });
    const selection = { scopes: [scope], from: '2026-08-01', to: '2026-08-31', language: 'en' };
    const created = await page.request.post('/api/v1/reports', { data: selection });
    expect(created.status()).toBe(201);
    const { id, report } = await created.json();
    // 4 of the 8 known domains (2 unknown are out of the denominator).
    expect(report.scopes[0].metrics.spfPublished.current).toEqual({
      adopted: 4,
      known: 8,
      unknown: 2,
      domains: 10,
      percent: 50,
    });
    expect((await (await page.request.get(`/api/v1/reports/${id}`)).json()).report).toEqual(report);
    const list = await (await page.request.get('/api/v1/reports?limit=5')).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain(id);
    const csv = await page.request.get(`/api/v1/reports/${id}/download?format=csv`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain(`'=E2E API report`);
    const unknown = await page.request.post('/api/v1/reports', {
      data: { ...selection, scopes: ['01a2219d-0000-7000-8000-000000000000'] },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error.code).toBe('unknown_group');
  } finally {
    await db.query(`DELETE FROM reports WHERE selection_key = $1`, [`${scope}|registered`]);
    await db.query('DELETE FROM adoption_rollups WHERE scope = $1', [scope]);
    await db.query('DELETE FROM groups WHERE id = $1', [scope]);
    await db.end();
  }
});
