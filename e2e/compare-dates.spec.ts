import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';
import { insertCompletedScan } from './insert-scan';

type Status = [day: string, spf: boolean];

/**
 * A group's history as change points, written as the scan writer would: `gains` publishes SPF
 * between the two days, `loses` withdraws it, `steady` keeps it with a single row, `leaves` is a
 * member only on the earlier day and `joins` only on the later one.
 */
const DOMAINS: Array<{ ascii: string; since: string; until: string | null; history: Status[] }> = [
  {
    ascii: 'gains.compare-e2e.test',
    since: '2026-01-01',
    until: null,
    history: [
      ['2026-01-05', false],
      ['2026-02-02', true],
    ],
  },
  {
    ascii: 'loses.compare-e2e.test',
    since: '2026-01-01',
    until: null,
    history: [
      ['2026-01-05', true],
      ['2026-02-02', false],
    ],
  },
  { ascii: 'steady.compare-e2e.test', since: '2026-01-01', until: null, history: [['2026-01-05', true]] },
  {
    ascii: 'leaves.compare-e2e.test',
    since: '2026-01-01',
    until: '2026-01-20',
    history: [['2026-01-05', true]],
  },
  { ascii: 'joins.compare-e2e.test', since: '2026-01-25', until: null, history: [['2026-02-02', true]] },
];

test('comparing a group on two dates counts the domains that improved, regressed, joined and left', async ({
  page,
}) => {
  const db = await e2eDb();
  const name = `E2E compare ${Date.now().toString(36)}`;
  const group = await db.query<{ id: string }>(
    `INSERT INTO groups (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`,
    [name],
  );
  const groupId = group.rows[0]?.id as string;
  const domainIds: string[] = [];
  try {
    for (const { ascii, since, until, history } of DOMAINS) {
      const domain = await db.query<{ id: string }>(
        `INSERT INTO domains (id, ascii, unicode) VALUES (gen_random_uuid(), $1, $1)
         ON CONFLICT (ascii) DO UPDATE SET archived_at = NULL RETURNING id`,
        [ascii],
      );
      const domainId = domain.rows[0]?.id as string;
      domainIds.push(domainId);
      await db.query(
        `INSERT INTO domain_groups (id, domain_id, group_id, since_day, until_day) VALUES
           (gen_random_uuid(), $1, NULL, $3, NULL), (gen_random_uuid(), $1, $2, $3, $4)`,
        [domainId, groupId, since, until],
      );
      for (const [day, spf] of history) {
        const runNumber = await insertCompletedScan(db, domainId, { synthetic: ascii });
        await db.query(
          `INSERT INTO domain_daily_status (domain_id, day, run_number, unknown, spf_published) VALUES ($1, $2, $3, false, $4)`,
          [domainId, day, runNumber, spf],
        );
      }
    }

    await page.goto(`/groups/${groupId}/compare`);
    const form = page.getByTestId('comparison-form');
    await form.getByLabel('Earlier day').fill('2026-01-10');
    await form.getByLabel('Later day').fill('2026-02-10');
    await form.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/from=2026-01-10&to=2026-02-10/);
    const counts = page.getByTestId('comparison-counts');
    for (const kind of ['improved', 'regressed', 'added', 'removed'])
      await expect(counts.getByTestId(`count-${kind}`)).toHaveText('1');
    await expect(page.getByTestId('comparison-improved')).toContainText('gains.compare-e2e.test');
    await expect(page.getByTestId('comparison-removed')).toContainText('leaves.compare-e2e.test');
    // SPF: 3 of 4 members on each day (steady's one row still counts on the later day).
    const spf = page.getByTestId('comparison-metrics').locator('tr[data-row="spfPublished"]');
    await expect(spf).toContainText('75.0%');
    await expect(spf.getByTestId('points')).toHaveText('±0.0');

    const json = await page.request.get(
      `/api/v1/groups/${groupId}/comparison/download?from=2026-01-10&to=2026-02-10&format=json`,
    );
    expect(json.ok()).toBe(true);
    const body = (await json.json()) as { domains: Record<string, { total: number }> };
    expect(Object.values(body.domains).map((list) => list.total)).toEqual([1, 1, 1, 1]);
    await page.screenshot({ path: 'e2e/screenshots/compare-dates.png', fullPage: true });
  } finally {
    await db.query(`DELETE FROM domains WHERE id = ANY($1)`, [domainIds]);
    await db.query(`DELETE FROM groups WHERE id = $1`, [groupId]);
    await db.end();
  }
});
