import { expect, test } from '@playwright/test';

/**
 * An admin invites a second person in the UI; the link (shown once, as no SMTP is configured here)
 * opens the welcome page in a browser of its own, where they choose a password and are signed in.
 * The link works once; afterwards they sign in with the password like anyone else.
 */
test('an admin invites a second user, who sets a password and signs in', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = `invitee-${Date.now().toString(36)}@kensa.test`;
  const password = 'invited person passphrase';
  await page.goto('/settings/users');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Role').selectOption('editor');
  await page.getByRole('button', { name: 'Invite' }).click();
  const shown = page.getByTestId('issued-link-url');
  await expect(shown).toHaveValue(/\/welcome\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId('issued-link')).toContainText('No mail server is configured');
  // The link names KENSA_PUBLIC_URL; the test app listens elsewhere, so keep only its path.
  const path = new URL(await shown.inputValue()).pathname;
  await expect(page.getByTestId('users')).toContainText(email);

  const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] }, baseURL });
  const other = await invitee.newPage();
  await other.goto(path);
  await expect(other.getByRole('heading', { name: 'Welcome to Kensa' })).toBeVisible();
  await other.getByLabel('Your name').fill('Second Person');
  await other.getByLabel('New password (at least 12 characters)').fill(password);
  await other.getByLabel('Repeat the password').fill(password);
  await other.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
  await expect(other.locator('.who')).toContainText(email);
  await expect(other.getByRole('link', { name: 'Users' })).toHaveCount(0);

  await other.getByRole('button', { name: 'Sign out' }).click();
  await expect(other).toHaveURL(/\/login/);
  await other.goto(path);
  await expect(other.getByRole('heading', { name: 'This link is invalid or expired' })).toBeVisible();
  await other.goto('/login');
  await other.getByLabel('E-mail').fill(email);
  await other.getByLabel('Password').fill(password);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();

  await page.reload();
  const row = page.getByTestId('users').getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Second Person');
  await expect(row).toContainText('active');
  await page.screenshot({ path: 'e2e/screenshots/users.png', fullPage: true });

  // Disabling signs the invitee out at once.
  await page.getByRole('link', { name: `Manage ${email}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Second Person' })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('button', { name: 'Enable' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/user.png', fullPage: true });
  await other.goto('/overview');
  await expect(other).toHaveURL(/\/login/);
  await invitee.close();
});
