import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

const DAY = 86_400;

/** A small aggregate report (RFC 7489 Appendix C) for `domain`, of the day before yesterday. */
function reportXml(domain: string, reportId: string): string {
  const begin = (Math.floor(Date.now() / 1000 / DAY) - 2) * DAY;
  const record = (ip: string, count: number, aligned: 'pass' | 'fail') =>
    `<record><row><source_ip>${ip}</source_ip><count>${count}</count><policy_evaluated>` +
    `<disposition>${aligned === 'pass' ? 'none' : 'reject'}</disposition><dkim>${aligned}</dkim><spf>${aligned}</spf>` +
    `</policy_evaluated></row><identifiers><header_from>${domain}</header_from></identifiers>` +
    `<auth_results><spf><domain>${domain}</domain><result>${aligned}</result></spf></auth_results></record>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?><feedback><report_metadata><org_name>e2e-receiver.example</org_name>' +
    `<email>dmarc@e2e-receiver.example</email><report_id>${reportId}</report_id>` +
    `<date_range><begin>${begin}</begin><end>${begin + DAY - 1}</end></date_range></report_metadata>` +
    `<policy_published><domain>${domain}</domain><p>reject</p></policy_published>` +
    record('192.0.2.41', 120, 'pass') +
    record('203.0.113.99', 37, 'fail') +
    '</feedback>'
  );
}

/**
 * An admin uploads a good report and a hostile one (a DOCTYPE) through the page, sees the refusal
 * with its reason in the Invalid list, then the domain's sources on its scorecard (address, count,
 * aligned or not), and approves the unknown sender. A report of an unregistered domain offers it
 * for registration, the import box filled in.
 */
test('upload reports, see the refused one listed, read the sources and approve one', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const ascii = `dmarc-${stamp}.test`;
  const good = `good-${stamp}.xml`;
  const hostile = `doctype-${stamp}.xml`;
  const stranger = `unregistered-${stamp}.test`;
  const db = await e2eDb();
  try {
    const domain = await db.query<{ id: string }>(
      `INSERT INTO domains (id, ascii, unicode, updated_at) VALUES (gen_random_uuid(), $1, $1, now()) RETURNING id`,
      [ascii],
    );
    const domainId = domain.rows[0]?.id as string;

    await page.goto('/dmarc-reports');
    await expect(page.getByRole('heading', { level: 1, name: 'DMARC reports' })).toBeVisible();
    await page.getByLabel('Report files').setInputFiles([
      { name: good, mimeType: 'application/xml', buffer: Buffer.from(reportXml(ascii, `e2e-${stamp}`)) },
      {
        name: `stranger-${stamp}.xml`,
        mimeType: 'application/xml',
        buffer: Buffer.from(reportXml(stranger, `e2e-stranger-${stamp}`)),
      },
      {
        name: hostile,
        mimeType: 'application/xml',
        buffer: Buffer.from(
          '<?xml version="1.0"?><!DOCTYPE feedback [<!ENTITY x "x">]><feedback>&x;</feedback>',
        ),
      },
    ]);
    await page.getByRole('button', { name: 'Upload' }).click();
    const results = page.locator('.upload-results');
    await expect(results).toContainText(`${good}: e2e-receiver.example ${ascii} e2e-${stamp}: stored`);
    await expect(results).toContainText(`${hostile}: refused:`);
    const invalid = page
      .getByRole('region', { name: 'Invalid inputs' })
      .getByRole('row')
      .filter({ hasText: hostile });
    await expect(invalid).toContainText('DOCTYPE');
    await expect(invalid).toContainText('upload');
    await expect(results).toContainText(
      `${stranger} e2e-stranger-${stamp}: stored — not a registered domain`,
    );
    await page.screenshot({ path: 'e2e/screenshots/dmarc-reports-upload.png', fullPage: true });

    // The unregistered domain is offered for registration: the link fills the import box with it.
    await page
      .getByRole('region', { name: 'Domains with reports that are not registered' })
      .getByRole('listitem')
      .filter({ hasText: stranger })
      .getByRole('link', { name: 'Register' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import domains' })).toBeVisible();
    await expect(page.getByLabel('Paste domains or CSV')).toHaveValue(stranger);

    await page.goto(`/domains/${domainId}`);
    const sources = page.getByRole('region', { name: 'DMARC aggregate reports' }).getByRole('table');
    const own = sources.getByRole('row').filter({ hasText: '192.0.2.41' });
    const unknown = sources.getByRole('row').filter({ hasText: '203.0.113.99' });
    // IP, reverse DNS, provider, messages, SPF aligned, DKIM aligned, …, approved.
    await expect(own.getByRole('cell').nth(3)).toHaveText('120');
    await expect(own.getByRole('cell').nth(4)).toHaveText('120');
    await expect(unknown.getByRole('cell').nth(3)).toHaveText('37');
    await expect(unknown.getByRole('cell').nth(4)).toHaveText('0');
    await expect(unknown.getByRole('cell').nth(5)).toHaveText('0');
    await expect(unknown.getByRole('cell').last()).toContainText('no');

    await unknown.getByRole('button', { name: 'Approve' }).click();
    await expect(unknown.getByRole('button', { name: 'Withdraw approval' })).toBeVisible();
    await expect(unknown.getByRole('cell').last()).toContainText('yes');
    await page.screenshot({ path: 'e2e/screenshots/dmarc-reports-sources.png', fullPage: true });

    const approved = await db.query('SELECT source_ip FROM dmarc_approved_sources WHERE domain_id = $1', [
      domainId,
    ]);
    expect(approved.rows).toEqual([{ source_ip: '203.0.113.99' }]);
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE target_id = $1 AND action = 'dmarc-source.approve'`,
      [domainId],
    );
    expect(audit.rows).toHaveLength(1);
  } finally {
    await db.query('DELETE FROM dmarc_reports WHERE policy_domain = ANY($1)', [[ascii, stranger]]);
    await db.query('DELETE FROM dmarc_refused_inputs WHERE file_name = $1', [hostile]);
    await db.query('DELETE FROM domains WHERE ascii = $1', [ascii]);
    await db.end();
  }
});
