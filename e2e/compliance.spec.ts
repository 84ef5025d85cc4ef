import { expect, type Page, test } from '@playwright/test';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import { e2eDb } from './e2e-db';
import { insertCompletedScan } from './insert-scan';

const JP = 'JP DMARC introduction guideline (2024)';
const CISA = 'CISA BOD 18-01';

// good enforces DMARC (without CISA's report address); weak publishes SPF and no DMARC.
const ZONE = {
  'good.compliance-e2e.test': {
    TXT: [['v=spf1 -all']],
    MX: [{ preference: 10, exchange: 'mx.compliance-e2e.test' }],
  },
  '_dmarc.good.compliance-e2e.test': { TXT: [['v=DMARC1; p=reject; rua=mailto:d@compliance-e2e.test']] },
  'weak.compliance-e2e.test': {
    TXT: [['v=spf1 -all']],
    MX: [{ preference: 10, exchange: 'mx.compliance-e2e.test' }],
  },
};

/** The whole-profile share on the group's compliance page, once the worker has recomputed it. */
async function expectShare(page: Page, profile: string, share: string) {
  await expect(async () => {
    await page.reload();
    const section = page.locator('section[data-profile]', {
      has: page.getByRole('heading', { name: profile }),
    });
    await expect(section.locator('tr[data-requirement=""]').getByTestId('requirement-share')).toHaveText(
      share,
      {
        timeout: 1000,
      },
    );
  }).toPass({ timeout: 90_000 });
}

/**
 * A group's compliance follows its profiles without a rescan: the group follows the JP guideline
 * (one of two members compliant), then switches to BOD 18-01 (neither), and a worker recomputes
 * each from the reports already stored — no scan is added.
 */
test("changing a group's profiles recomputes its compliance from stored reports", async ({ page }) => {
  const db = await e2eDb();
  const name = `E2E compliance ${Date.now().toString(36)}`;
  const group = await db.query<{ id: string }>(
    `INSERT INTO groups (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`,
    [name],
  );
  const groupId = group.rows[0]?.id as string;
  const domainIds: string[] = [];
  try {
    for (const ascii of ['good.compliance-e2e.test', 'weak.compliance-e2e.test']) {
      const report = await auditDomain(ascii, { resolver: createMemoryResolver(ZONE) });
      const domain = await db.query<{ id: string }>(
        `INSERT INTO domains (id, ascii, unicode) VALUES (gen_random_uuid(), $1, $1)
         ON CONFLICT (ascii) DO UPDATE SET archived_at = NULL RETURNING id`,
        [ascii],
      );
      const domainId = domain.rows[0]?.id as string;
      domainIds.push(domainId);
      const today = `(now() AT TIME ZONE 'Asia/Tokyo')::date`;
      await db.query(
        `INSERT INTO domain_groups (id, domain_id, group_id, since_day) VALUES
           (gen_random_uuid(), $1, NULL, ${today}), (gen_random_uuid(), $1, $2, ${today})`,
        [domainId, groupId],
      );
      const runNumber = await insertCompletedScan(db, domainId, report);
      await db.query(
        `INSERT INTO domain_daily_status (domain_id, day, run_number, unknown) VALUES ($1, ${today}, $2, false)
         ON CONFLICT (domain_id, day) DO UPDATE SET run_number = $2`,
        [domainId, runNumber],
      );
      await db.query(
        `INSERT INTO domain_current_state (domain_id, last_run_number, last_scan_at, last_scan_status, complete_run_number, complete_at, updated_at)
         VALUES ($1, $2, now(), 'complete', $2, now(), now())
         ON CONFLICT (domain_id) DO UPDATE SET complete_run_number = $2, last_run_number = $2, last_scan_at = now()`,
        [domainId, runNumber],
      );
    }
    const scans = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM domain_scans WHERE domain_id = ANY($1)`,
          [domainIds],
        )
      ).rows[0]?.n;
    const before = await scans();

    await page.goto(`/groups/${groupId}/compliance`);
    await expect(page.getByText('This group follows no profile yet.')).toBeVisible();
    const form = page.getByTestId('profiles-form');
    await form.getByLabel(JP).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved. Recomputing…');
    await expectShare(page, JP, '50.0%');
    await expect(page.getByTestId('not-compliant-domains')).toContainText('weak.compliance-e2e.test');

    await form.getByLabel(JP).uncheck();
    await form.getByLabel(CISA).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expectShare(page, CISA, '0.0%');
    expect(await scans()).toBe(before);

    await page.goto(`/domains/${domainIds[0]}`);
    const section = page.locator('article[data-profile]', { has: page.getByRole('heading', { name: CISA }) });
    await expect(section.getByTestId('profile-status')).toHaveText('✗ not compliant');
    await page.screenshot({ path: 'e2e/screenshots/compliance-scorecard.png', fullPage: true });
  } finally {
    await db.query(`DELETE FROM domains WHERE id = ANY($1)`, [domainIds]);
    await db.query(`DELETE FROM groups WHERE id = $1`, [groupId]);
    await db.end();
  }
});
