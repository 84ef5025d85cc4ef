import { expect, type Locator, test } from '@playwright/test';
import { e2eDb } from './e2e-db';

/** Fills a requirement's texts (the builder's fields are labelled alike in every requirement). */
async function fillTexts(requirement: Locator, title: string) {
  await requirement.getByLabel('Where the standard says so').fill('Internal policy §2');
  await requirement.getByLabel('Title (English)').fill(title);
  await requirement.getByLabel('Title (Japanese)').fill(`${title}（日本語）`);
  await requirement.getByLabel('Explanation (English)').fill(`Why ${title}`);
  await requirement.getByLabel('Explanation (Japanese)').fill(`${title} の理由`);
}

/**
 * An admin builds a custom profile with the requirement builder: the server's schema refuses
 * duplicate requirement ids and says so, the profile is then created (version 1), and an edit
 * saves version 2; both are in the audit log.
 */
test('create a custom compliance profile with the requirement builder, then edit it into version 2', async ({
  page,
}) => {
  const name = `E2E profile ${Date.now().toString(36)}`;
  await page.goto('/compliance');
  await page.getByRole('link', { name: 'New profile' }).click();
  await page.getByLabel('Name (English)').fill(name);
  await page.getByLabel('Name (Japanese)').fill(`${name}（日本語）`);
  await page.getByLabel('Description (English)').fill('Our own baseline');
  await page.getByLabel('Description (Japanese)').fill('独自の基準');
  await page.getByLabel('Source document').fill('Internal policy 2026');
  const first = page.getByTestId('requirement-0');
  await fillTexts(first, 'Valid SPF');
  await page.getByRole('button', { name: 'Add a requirement' }).click();
  const second = page.getByTestId('requirement-1');
  await second.getByLabel('Id').fill('spf-valid');
  await second.getByLabel('Check').selectOption('dmarc-policy');
  await second.getByLabel('Policy at least').selectOption('quarantine');
  await fillTexts(second, 'DMARC enforcing');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('requirement ids must be unique within a profile')).toBeVisible();

  await second.getByLabel('Id').fill('dmarc-enforcing');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const profileId = page.url().split('/').at(-1) ?? '';
  const requirements = page.getByTestId('profile-requirements');
  await expect(requirements.locator('tr[data-requirement="dmarc-enforcing"]')).toContainText('must');
  await expect(page.getByTestId('profile-versions')).toContainText('version 1');

  await page.getByTestId('requirement-1').getByLabel('Level').selectOption('should');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();
  await expect(page.getByTestId('profile-versions')).toContainText('version 2');
  await expect(requirements.locator('tr[data-requirement="dmarc-enforcing"]')).toContainText('should');

  const db = await e2eDb();
  try {
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE target_type = 'compliance-profile' AND target_id = $1 ORDER BY at`,
      [profileId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'compliance-profile.create',
      'compliance-profile.update',
    ]);
  } finally {
    await db.end();
  }
});
