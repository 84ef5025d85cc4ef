import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';
import { insertCompletedScan } from './insert-scan';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';

/**
 * DNS text is written by whoever runs the zone. A stored report full of markup must show up as
 * literal text on the scorecard and run nothing.
 */
test('a hostile record is shown literally and stays inert', async ({ page }) => {
  const db = await e2eDb();
  const ascii = `hostile-${Date.now().toString(36)}.test`;
  const spf = `v=spf1 include:${SCRIPT} ${IMG} -all`;
  const report = {
    domain: ascii,
    unicode: ascii,
    status: 'complete',
    checkedAt: new Date().toISOString(),
    findings: [
      {
        id: 'spf.syntax-error',
        severity: 'error',
        rfc: 'RFC 7208 §4.6',
        message: `SPF syntax error ${IMG}`,
        evidence: { term: SCRIPT },
      },
      { id: 'dmarc.policy-none', severity: 'warning', rfc: 'RFC 7489 §6.3', message: 'p=none', evidence: {} },
    ],
    spf: {
      record: spf,
      records: [spf],
      lookups: 11,
      voidLookups: 0,
      tree: { domain: ascii, via: 'root', term: null, record: spf, lookups: 11, children: [] },
    },
    dmarc: {
      record: `v=DMARC1; p=none; rua=mailto:${IMG}`,
      source: 'own',
      organizationalDomain: ascii,
      enforcing: false,
      policy: {
        p: 'none',
        sp: 'none',
        np: 'none',
        pct: 100,
        adkim: 'r',
        aspf: 'r',
        rua: [`mailto:${IMG}`],
        testing: false,
        applied: 'p',
        effective: 'none',
      },
    },
    dkim: { keys: [] },
    mx: { records: [{ preference: 10, exchange: `${SCRIPT}.test` }], nullMx: false },
    mtaSts: {
      status: 'complete',
      record: { raw: `v=STSv1; id=1; x=${IMG}`, id: '1' },
      policy: { mode: 'testing', mx: [`${SCRIPT}.test`], maxAge: 86400 },
      uncoveredMx: [],
      findings: [],
      temporaryFailures: [],
    },
    bimi: {
      status: 'complete',
      record: { raw: `v=BIMI1; l=https://${IMG}`, location: `https://${IMG}`, authority: null },
      logoValid: false,
      dmarcEligible: false,
      fetchProblem: `HTTP 302 to ${SCRIPT}`,
      findings: [],
      temporaryFailures: [],
    },
  };
  try {
    const domain = await db.query<{ id: string }>(
      `INSERT INTO domains (id, ascii, unicode, updated_at) VALUES (gen_random_uuid(), $1, $1, now()) RETURNING id`,
      [ascii],
    );
    const domainId = domain.rows[0]?.id;
    const runNumber = await insertCompletedScan(db, domainId as string, report);
    await db.query(
      `INSERT INTO domain_current_state (domain_id, last_run_number, last_scan_at, last_scan_status, complete_run_number, complete_at, finding_ids, errors, warnings, updated_at)
       VALUES ($1, $2, now(), 'complete', $2, now(), ARRAY['spf.syntax-error','dmarc.policy-none'], 1, 1, now())
       ON CONFLICT (domain_id) DO UPDATE SET complete_run_number = $2, last_run_number = $2, last_scan_at = now(),
         last_scan_status = 'complete', complete_at = now(), finding_ids = EXCLUDED.finding_ids,
         errors = EXCLUDED.errors, warnings = EXCLUDED.warnings, updated_at = now()`,
      [domainId, runNumber],
    );

    await page.goto(`/domains/${domainId}`);
    await expect(page.getByTestId('spf-record')).toHaveText(spf);
    await expect(page.getByTestId('dmarc-record')).toHaveText(`v=DMARC1; p=none; rua=mailto:${IMG}`);
    await expect(page.getByText(`term: ${SCRIPT}`)).toBeVisible();
    await expect(page.getByTestId('spf-lookups')).toHaveText('DNS lookups: 11 / 10');
    await expect(page.getByTestId('grade')).toHaveText('Grade: D');
    await expect(page.getByText('Mail that fails DMARC is delivered as usual')).toBeVisible();
    // The MTA-STS and BIMI panel: record, policy and the fetch's server text, all literal.
    await expect(page.getByText(`v=STSv1; id=1; x=${IMG}`)).toBeVisible();
    await expect(page.getByText(`${SCRIPT}.test`, { exact: true }).last()).toBeVisible();
    await expect(page.getByText(`HTTP 302 to ${SCRIPT}`)).toBeVisible();
    await expect(
      page.getByText('Not checked in this scan (stored before these checks existed).'),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('main script')).toHaveCount(0);
    await page.screenshot({ path: 'e2e/screenshots/scorecard-hostile.png', fullPage: true });
  } finally {
    await db.query('DELETE FROM domains WHERE ascii = $1', [ascii]);
    await db.end();
  }
});
