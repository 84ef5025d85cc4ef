import { expect, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

/**
 * Import as an admin does it: paste a CSV with good and bad rows, read the preview (bad rows with
 * line numbers), import, then import the same text again and see that nothing changes.
 */
test('import lists bad rows by line, imports the good ones, and a re-import changes nothing', async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const csv = [
    'domain,groups,tags,parked,selectors,notes',
    `a-${stamp}.import.test,E2E import ${stamp};E2E second ${stamp},critical,no,s1|s2,first`,
    `bad domain!.test,,,,,`,
    `検査-${stamp}.import.test,E2E import ${stamp},,yes,,=HYPERLINK("http://x")`,
    `b-${stamp}.import.test,,,maybe,,`,
    `c-${stamp}.import.test,,外局,,,`,
    `A-${stamp}.IMPORT.test,,,,,`,
  ].join('\n');

  await page.goto('/import');
  await expect(page.getByRole('heading', { name: 'Import domains' })).toBeVisible();
  await page.getByLabel('Paste domains or CSV').fill(csv);
  await page.getByRole('button', { name: 'Check rows' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('6 rows read: 3 valid, 3 with problems.');
  await expect(page.getByTestId('import-changes')).toContainText(
    'Would add 3 domains, update 0, leave 0 unchanged',
  );
  const bad = page.getByTestId('bad-rows').locator('tbody tr');
  await expect(bad).toHaveCount(3);
  await expect(bad.nth(0)).toContainText('3');
  await expect(bad.nth(0)).toContainText('not a valid domain name');
  await expect(bad.nth(1)).toContainText('5');
  await expect(bad.nth(1)).toContainText('parked: must be true or false');
  await expect(bad.nth(2)).toContainText('7');
  await expect(bad.nth(2)).toContainText('same domain as line 2');
  await page.screenshot({ path: 'e2e/screenshots/import-preview.png', fullPage: true });

  await page.getByRole('button', { name: 'Import 3 valid rows' }).click();
  await expect(page.getByTestId('import-changes')).toContainText(
    'Imported: 3 added, 0 updated, 0 unchanged, 2 groups',
  );

  const db = await e2eDb();
  try {
    const rows = await db.query<{ ascii: string; notes: string; parked: boolean; groups: string[] }>(
      `SELECT d.ascii, d.notes, d.parked,
         array(SELECT g.name FROM domain_groups m JOIN groups g ON g.id = m.group_id
               WHERE m.domain_id = d.id AND m.until_day IS NULL ORDER BY g.name) AS groups
       FROM domains d WHERE d.ascii LIKE $1 ORDER BY d.ascii`,
      [`%${stamp}%`],
    );
    expect(rows.rows.map((r) => r.ascii)).toHaveLength(3);
    const unicode = rows.rows.find((r) => r.ascii.startsWith('xn--'));
    expect(unicode?.notes).toBe('=HYPERLINK("http://x")');
    expect(unicode?.parked).toBe(true);
    expect(rows.rows.find((r) => r.ascii.startsWith('a-'))?.groups).toEqual([
      `E2E import ${stamp}`,
      `E2E second ${stamp}`,
    ]);
    const registered = await db.query(
      `SELECT count(*)::int AS n FROM domain_groups m JOIN domains d ON d.id = m.domain_id
       WHERE d.ascii LIKE $1 AND m.group_id IS NULL AND m.until_day IS NULL`,
      [`%${stamp}%`],
    );
    expect(registered.rows[0].n).toBe(3);

    await page.reload();
    await page.getByLabel('Paste domains or CSV').fill(csv);
    await page.getByRole('button', { name: 'Check rows' }).click();
    await expect(page.getByTestId('import-changes')).toContainText(
      'Would add 0 domains, update 0, leave 3 unchanged, create 0 groups',
    );
    await page.getByRole('button', { name: 'Import 3 valid rows' }).click();
    await expect(page.getByTestId('import-changes')).toContainText(
      'Imported: 0 added, 0 updated, 3 unchanged, 0 groups',
    );
    const after = await db.query('SELECT count(*)::int AS n FROM domains WHERE ascii LIKE $1', [
      `%${stamp}%`,
    ]);
    expect(after.rows[0].n).toBe(3);
  } finally {
    await db.end();
  }
});
