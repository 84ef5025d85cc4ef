import { expect, test } from '@playwright/test';
import { deliver, testImap } from '@/testing/imap/test-imap';
import { e2eDb } from './e2e-db';

/**
 * An admin adds an IMAP mailbox for received mail in Settings → Mailboxes and tests its connection
 * against the Dovecot npm test started (its CA trusted through KENSA_IMAP_CA_FILE, as an operator
 * would trust an internal CA); the password never comes back to the page.
 */
test('an admin adds a mailbox and tests its connection', async ({ page }) => {
  const imap = await testImap();
  const name = `e2e-${Date.now().toString(36)}`;
  const user = await imap.addUser(name);
  await deliver(imap, user, 'INBOX', ['Subject: waiting\n\nbody\n']);
  const db = await e2eDb();
  try {
    await db.query(
      `INSERT INTO mail_sources (id, name, trusted_authserv_ids) VALUES (gen_random_uuid(), $1, ARRAY['mx.kensa.test'])
       ON CONFLICT (name) DO NOTHING`,
      ['E2E carrier'],
    );
  } finally {
    await db.end();
  }

  await page.goto('/settings/mailboxes');
  await expect(page.getByRole('heading', { level: 1, name: 'Mailboxes' })).toBeVisible();
  const form = page.getByTestId('add-mailbox');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Data source').selectOption({ label: 'E2E carrier' });
  await form.getByLabel('IMAP server').fill(imap.host);
  await form.getByLabel('Port').fill(String(imap.port));
  await form.getByLabel('User name').fill(user.username);
  await form.getByLabel('Password').fill(user.password);
  await form.getByRole('button', { name: 'Add mailbox' }).click();
  await expect(page.getByText('Mailbox added')).toBeVisible();

  const row = page.getByTestId('mailboxes').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Received-mail statistics → E2E carrier');
  await row.getByRole('button', { name: 'Test connection' }).click();
  await expect(row).toContainText('Connected: 1 messages waiting.');
  expect(await page.content()).not.toContain(user.password);
});
