import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';
import { insertRollupRow } from './insert-rollup-row';

/**
 * A group's targets on its page and the overview: an editor sets "DMARC enforcing ≥ 95%" from the
 * group page (it starts on track at today's 60%), and a target whose trajectory started at 90%
 * shows as behind. The figures come from a rollup row of the group (6 of 10 domains enforcing).
 */
test("a group's targets show their progress and status", async ({ page }) => {
  const db = await e2eDb();
  const name = `E2E targets ${Date.now().toString(36)}`;
  const group = await db.query<{ id: string }>(
    `INSERT INTO groups (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`,
    [name],
  );
  const groupId = group.rows[0]?.id as string;
  try {
    await insertRollupRow(db, {
      scope: groupId,
      day: '2026-06-01',
      domains: 10,
      unknown: 0,
      adopted: { dmarc_enforcing: 6 },
    });
    await page.goto(`/groups/${groupId}`);
    const section = page.getByTestId('group-targets');
    await expect(section.getByText('This group has no target yet.')).toBeVisible();
    await section.locator('summary', { hasText: 'Add a target' }).click();
    const form = section.getByTestId('target-create-form');
    await form.getByLabel('Measure').selectOption({ label: 'DMARC enforcing' });
    await form.getByLabel('Target (%)').fill('95');
    await form.getByLabel('Deadline').fill('2099-03-31');
    await form.getByLabel('Milestones').fill('2098-12-31 80');
    await form.getByRole('button', { name: 'Add a target' }).click();
    const set = section.getByRole('article', { name: 'DMARC enforcing ≥ 95% by 2099-03-31' });
    await expect(set.getByTestId('target-status')).toHaveText('On track', { timeout: 30_000 });
    await expect(set.getByTestId('target-actual')).toContainText('60.00%');
    await expect(set.getByTestId('target-days-left')).toContainText('days left');

    await db.query(
      `INSERT INTO group_targets (id, group_id, metric, percent, deadline, baseline_day, baseline_percent, created_at)
       VALUES (gen_random_uuid(), $1, 'dmarcEnforcing', 99, '2099-06-30', '2026-06-01', 90, '2026-06-01T03:00:00Z')`,
      [groupId],
    );
    await page.reload();
    const behind = section.getByRole('article', { name: 'DMARC enforcing ≥ 99% by 2099-06-30' });
    await expect(behind.getByTestId('target-status')).toHaveText('Behind');
    await page.screenshot({ path: 'e2e/screenshots/group-targets.png', fullPage: true });

    await page.goto(`/overview?scopes=${groupId}`);
    const rows = page.getByTestId('overview-targets').getByRole('row');
    await expect(rows.filter({ hasText: '≥ 95%' }).getByTestId('target-status')).toHaveText('On track');
    await expect(rows.filter({ hasText: '≥ 99%' }).getByTestId('target-status')).toHaveText('Behind');
  } finally {
    await db.query(`DELETE FROM adoption_rollups WHERE scope = $1`, [groupId]);
    await db.query(`DELETE FROM groups WHERE id = $1`, [groupId]);
    await db.end();
  }
});
