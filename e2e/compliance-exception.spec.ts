import { expect, type Page, test } from '@playwright/test';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import { e2eDb } from './e2e-db';
import { insertCompletedScan } from './insert-scan';

const JP = 'JP DMARC introduction guideline (2024)';
const TODAY = `(now() AT TIME ZONE 'Asia/Tokyo')::date`;

// good complies with the JP guideline; weak publishes SPF and no DMARC (fails the must dmarc-published).
const ZONE = {
  'good.exception-e2e.test': {
    TXT: [['v=spf1 -all']],
    MX: [{ preference: 10, exchange: 'mx.exception-e2e.test' }],
  },
  '_dmarc.good.exception-e2e.test': { TXT: [['v=DMARC1; p=reject; rua=mailto:d@exception-e2e.test']] },
  'weak.exception-e2e.test': {
    TXT: [['v=spf1 -all']],
    MX: [{ preference: 10, exchange: 'mx.exception-e2e.test' }],
  },
};

/** The JP profile's whole-profile share and exempted count, once the page shows them. */
async function expectWhole(page: Page, share: string, exempted: string) {
  await expect(async () => {
    await page.reload();
    const row = page
      .locator('section[data-profile]', { has: page.getByRole('heading', { name: JP }) })
      .locator('tr[data-requirement=""]');
    await expect(row.getByTestId('requirement-share')).toHaveText(share, { timeout: 1000 });
    await expect(row.getByTestId('requirement-exempted')).toHaveText(exempted, { timeout: 1000 });
  }).toPass({ timeout: 90_000 });
}

/**
 * Comply or explain, end to end: someone else asked for an exception for weak's missing DMARC; the
 * signed-in admin approves it and weak counts as exempted, not compliant. Then time passes — the
 * exception's days are moved into the past in the database, no sleeping — and the workers'
 * reconciler notices the expiry without a scan: weak is not compliant again, with an alert match
 * and an audit entry.
 */
test('an approved exception exempts a requirement until it expires, then the real status returns', async ({
  page,
}) => {
  // Two worker passes to wait for: the recompute job, then the reconciler (every 30 s by default).
  test.setTimeout(240_000);
  const db = await e2eDb();
  const suffix = Date.now().toString(36);
  const groupId = (
    await db.query<{ id: string }>(
      `INSERT INTO groups (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`,
      [`E2E exceptions ${suffix}`],
    )
  ).rows[0]?.id as string;
  const requesterId = (
    await db.query<{ id: string }>(
      `INSERT INTO users (id, email, role, password_hash) VALUES (gen_random_uuid(), $1, 'editor', 'x') RETURNING id`,
      [`requester-${suffix}@exception-e2e.test`],
    )
  ).rows[0]?.id as string;
  const domainIds: Record<string, string> = {};
  try {
    for (const ascii of Object.keys(ZONE).filter((name) => !name.startsWith('_'))) {
      const report = await auditDomain(ascii, { resolver: createMemoryResolver(ZONE) });
      const domainId = (
        await db.query<{ id: string }>(
          `INSERT INTO domains (id, ascii, unicode) VALUES (gen_random_uuid(), $1, $1)
           ON CONFLICT (ascii) DO UPDATE SET archived_at = NULL RETURNING id`,
          [ascii],
        )
      ).rows[0]?.id as string;
      domainIds[ascii] = domainId;
      await db.query(
        `INSERT INTO domain_groups (id, domain_id, group_id, since_day) VALUES
           (gen_random_uuid(), $1, NULL, ${TODAY} - 30), (gen_random_uuid(), $1, $2, ${TODAY} - 30)`,
        [domainId, groupId],
      );
      const runNumber = await insertCompletedScan(db, domainId, report);
      await db.query(
        `INSERT INTO domain_daily_status (domain_id, day, run_number, unknown) VALUES ($1, ${TODAY} - 30, $2, false)
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
    const weak = domainIds['weak.exception-e2e.test'] as string;
    await db.query(
      `INSERT INTO alert_rules (id, name, kind, params, group_id, emails, updated_at)
       VALUES (gen_random_uuid(), $1, 'compliance_exception_expired', '{}', $2, '{alerts@exception-e2e.test}', now())`,
      [`expiry ${suffix}`, groupId],
    );

    await page.goto(`/groups/${groupId}/compliance`);
    const form = page.getByTestId('profiles-form');
    await form.getByLabel(JP).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expectWhole(page, '50.0%', '0');
    await expect(page.getByTestId('not-compliant-domains')).toContainText('weak.exception-e2e.test');

    // Asked for by someone else (the requester), in force from a week ago for two weeks.
    const profileId = (
      await db.query<{ id: string }>(
        `SELECT id FROM compliance_profiles WHERE builtin_key = 'jp-dmarc-guideline-2024'`,
      )
    ).rows[0]?.id as string;
    const exceptionId = (
      await db.query<{ id: string }>(
        `INSERT INTO compliance_exceptions (id, profile_id, requirement, domain_id, justification, starts_on, expires_on, requested_by_id)
         VALUES (gen_random_uuid(), $1, 'dmarc-published', $2, 'Gateway replaced next quarter', ${TODAY} - 7, ${TODAY} + 7, $3)
         RETURNING id`,
        [profileId, weak, requesterId],
      )
    ).rows[0]?.id as string;
    await page.reload();
    const row = page.locator(`tr[data-exception="${exceptionId}"]`);
    await expect(row.getByTestId('exception-state')).toHaveText('awaiting approval');
    await row.getByRole('button', { name: 'Approve' }).click();
    await expect(row.getByTestId('exception-state')).toHaveText('in force');
    await expectWhole(page, '100.0%', '1');
    await expect(page.getByText('No member is known to be not compliant.')).toBeVisible();
    await page.goto(`/domains/${weak}`);
    const scorecard = page.locator('article[data-profile]', { has: page.getByRole('heading', { name: JP }) });
    await expect(scorecard.getByTestId('profile-status')).toHaveText('§ exempted');
    await page.goto('/compliance/exceptions?days=30');
    await expect(page.locator(`tr[data-exception="${exceptionId}"]`)).toBeVisible();

    // The clock moves: approved three weeks ago, expired today. Nothing is rescanned.
    await db.query(
      `UPDATE compliance_exceptions SET starts_on = ${TODAY} - 21, approved_on = ${TODAY} - 21,
         expires_on = ${TODAY}, rollups_through = ${TODAY} - 21 WHERE id = $1`,
      [exceptionId],
    );
    const scans = await db.query(`SELECT count(*)::int AS n FROM domain_scans WHERE domain_id = $1`, [weak]);
    await page.goto(`/groups/${groupId}/compliance`);
    await expectWhole(page, '50.0%', '0');
    await expect(page.getByTestId('not-compliant-domains')).toContainText('weak.exception-e2e.test');
    await expect(
      page.locator(`tr[data-exception="${exceptionId}"]`).getByTestId('exception-state'),
    ).toHaveText('expired');
    const after = await db.query(`SELECT count(*)::int AS n FROM domain_scans WHERE domain_id = $1`, [weak]);
    expect(after.rows[0]).toEqual(scans.rows[0]);
    const audit = await db.query(
      `SELECT actor_label FROM audit_events WHERE action = 'compliance-exception.expire' AND target_id = $1`,
      [exceptionId],
    );
    expect(audit.rows).toEqual([{ actor_label: 'system' }]);
    const matches = await db.query(`SELECT dedupe_key FROM alert_matches WHERE dedupe_key = $1`, [
      `exception-expired:${exceptionId}`,
    ]);
    expect(matches.rows).toHaveLength(1);
    await page.screenshot({ path: 'e2e/screenshots/compliance-exception-expired.png', fullPage: true });
  } finally {
    await db.query(`DELETE FROM domains WHERE id = ANY($1)`, [Object.values(domainIds)]);
    await db.query(`DELETE FROM groups WHERE id = $1`, [groupId]);
    await db.query(`DELETE FROM alert_rules WHERE name = $1`, [`expiry ${suffix}`]);
    await db.end();
  }
});
