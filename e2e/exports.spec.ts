import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';
import { insertCompletedScan } from './insert-scan';

const SCRIPT = '<script>window.__pwned=1</script>';

/** A scanned domain with a hostile tag and a hostile SPF record, written as the worker would. */
async function insertDomain(db: Awaited<ReturnType<typeof e2eDb>>, ascii: string, tag: string) {
  const spf = `v=spf1 include:${SCRIPT} -all`;
  const report = {
    domain: ascii,
    status: 'complete',
    checkedAt: new Date().toISOString(),
    findings: [
      {
        id: 'dmarc.missing',
        severity: 'warning',
        rfc: 'RFC 7489 §6.1',
        message: 'No DMARC record',
        evidence: {},
      },
    ],
    spf: { record: spf, records: [spf], lookups: 1, voidLookups: 0, tree: null },
    dmarc: null,
    dkim: { keys: [] },
    mx: { records: [{ preference: 10, exchange: `mx.${ascii}` }], nullMx: false },
  };
  const domain = await db.query<{ id: string }>(
    `INSERT INTO domains (id, ascii, unicode, tags, updated_at) VALUES (gen_random_uuid(), $1, $1, $2, now()) RETURNING id`,
    [ascii, [tag]],
  );
  const domainId = domain.rows[0]?.id as string;
  const runNumber = await insertCompletedScan(db, domainId as string, report);
  await db.query(
    `INSERT INTO domain_current_state (domain_id, last_run_number, last_scan_at, last_scan_status, complete_run_number,
       complete_at, spf_published, spf_valid, dmarc_published, dmarc_enforcing, finding_ids, errors, warnings, updated_at)
     VALUES ($1, $2, now(), 'complete', $2, now(), true, true, false, false, ARRAY['dmarc.missing'], 0, 1, now())
     ON CONFLICT (domain_id) DO UPDATE SET last_run_number = $2, last_scan_at = now(), last_scan_status = 'complete',
       complete_run_number = $2, complete_at = now(), spf_published = true, spf_valid = true, dmarc_published = false,
       dmarc_enforcing = false, finding_ids = ARRAY['dmarc.missing'], errors = 0, warnings = 1, updated_at = now()`,
    [domainId, runNumber],
  );
  return domainId;
}

/**
 * The export links as a user clicks them: the domains CSV keeps the table's filter and neutralises a
 * hostile tag; the scorecard downloads as a PDF and as JSON in the page's language.
 */
test('domains CSV with the current filter, scorecard PDF and JSON', async ({ page }) => {
  // The PDF is printed by a Chromium the server launches for it: seconds, more on a loaded machine.
  test.setTimeout(180_000);
  const db = await e2eDb();
  const stamp = Date.now().toString(36);
  const ascii = `export-${stamp}.test`;
  const tag = `=exp${stamp}`;
  try {
    const domainId = await insertDomain(db, ascii, tag);

    await page.goto(`/?tag=${encodeURIComponent(tag)}`);
    const exportLinks = page.getByTestId('domain-export');
    await expect(exportLinks).toContainText('1');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      exportLinks.getByRole('link', { name: 'CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^kensa-domains-\d{8}-\d{4}\.csv$/);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFascii,unicode,groups,tags,')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${ascii},${ascii},,'${tag},no,`);
    expect(lines[1]).toContain(',current,B,yes,yes,unknown,no,no,');

    await page.goto(`/domains/${domainId}`);
    const links = page.getByTestId('scorecard-download');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      links.getByRole('link', { name: 'PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(
      new RegExp(`^kensa-scorecard-${ascii.replaceAll('.', '\\.')}-\\d{8}-\\d{4}\\.pdf$`),
    );
    expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      links.getByRole('link', { name: 'JSON' }).click(),
    ]);
    const scorecard = JSON.parse(await readFile(await json.path(), 'utf8'));
    expect(scorecard).toMatchObject({
      version: 1,
      language: 'en',
      domain: { id: domainId, ascii, tags: [tag] },
      grade: { grade: 'B', reasons: [{ id: 'dmarc.missing', severity: 'warning' }] },
      records: { spf: [`v=spf1 include:${SCRIPT} -all`] },
    });
    expect(scorecard.findings[0]).toMatchObject({ id: 'dmarc.missing', title: 'No DMARC record' });
  } finally {
    await db.query('DELETE FROM domains WHERE ascii = $1', [ascii]);
    await db.end();
  }
});
