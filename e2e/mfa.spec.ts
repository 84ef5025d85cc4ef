import { type Browser, expect, type Page, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { e2eDb } from './e2e-db';

/**
 * MFA as people use it: a user sets it up on their account page (the test reads the key shown, as an
 * authenticator app would, and computes codes with otpauth), sees the recovery codes once, and from
 * then on signing in asks for a second factor — a wrong code is refused, a recovery code works once.
 * And an admin without MFA, once admins must have it, is held at the enrolment page until done.
 */
const PASSWORD = 'multi factor passphrase';
const codeOf = (secret: string, offsetMs = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

/** Invites `email` with `role` from the admin's page; the invitee sets the password in a browser of their own. */
async function invite(
  page: Page,
  browser: Browser,
  baseURL: string | undefined,
  email: string,
  role: string,
) {
  await page.goto('/settings/users');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Invite' }).click();
  const path = new URL(await page.getByTestId('issued-link-url').inputValue()).pathname;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, baseURL });
  const other = await context.newPage();
  await other.goto(path);
  await other.getByLabel('New password (at least 12 characters)').fill(PASSWORD);
  await other.getByLabel('Repeat the password').fill(PASSWORD);
  await other.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(other.locator('.who')).toContainText(email);
  return { context, other };
}

/** On the MFA page: sets MFA up from the key shown and returns the key and the recovery codes. */
async function enrol(page: Page): Promise<{ secret: string; codes: string[] }> {
  await page.getByRole('button', { name: 'Set up MFA' }).click();
  await expect(page.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  const secret = await page.getByTestId('mfa-secret').inputValue();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByLabel('otpauth URI')).toHaveValue(new RegExp(`^otpauth://totp/.*secret=${secret}`));
  await page.getByLabel('Code from the app').fill('000000');
  await page.getByRole('button', { name: 'Turn on MFA' }).click();
  await expect(page.locator('p[role=alert]', { hasText: 'That code does not match' })).toBeVisible();
  await page.getByLabel('Code from the app').fill(codeOf(secret));
  await page.getByRole('button', { name: 'Turn on MFA' }).click();
  const list = page.getByTestId('recovery-codes');
  await expect(list).toContainText('shown only this once');
  const codes = await list.locator('li').allTextContents();
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function giveCode(page: Page, code: string) {
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

test('a user sets up MFA; signing in then asks for a code, and a recovery code works once', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = `mfa-${Date.now().toString(36)}@kensa.test`;
  const { context, other } = await invite(page, browser, baseURL, email, 'editor');
  await other.goto('/settings/account');
  await expect(other.getByRole('region', { name: 'Two-factor authentication (MFA)' })).toContainText('Off.');
  await other.getByRole('link', { name: 'Set up or manage MFA' }).click();
  const { secret, codes } = await enrol(other);
  await other.screenshot({ path: 'e2e/screenshots/mfa-recovery-codes.png', fullPage: true });
  await other.getByRole('link', { name: 'I have saved them' }).click();
  await expect(other.getByRole('region', { name: 'Two-factor authentication (MFA)' })).toContainText(
    'On since',
  );
  // Shown once: the page never shows them again.
  await other.goto('/settings/account/mfa');
  await expect(other.getByText('Unused recovery codes: 10')).toBeVisible();
  await expect(other.getByTestId('recovery-codes')).toHaveCount(0);
  expect(await other.content()).not.toContain(codes[0]);

  await other.getByRole('button', { name: 'Sign out' }).click();
  await signIn(other, email);
  await expect(other).toHaveURL(/\/login\/mfa$/);
  await expect(other.getByRole('heading', { name: /Second step/ })).toBeVisible();
  // No session yet: a page sends back to sign in.
  await other.goto('/overview');
  await expect(other).toHaveURL(/\/login/);
  await other.goto('/login/mfa');
  await giveCode(other, '000000');
  await expect(other.locator('p[role=alert]', { hasText: 'That code is wrong' })).toBeVisible();
  await giveCode(other, codes[0] ?? '');
  await expect(other.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();

  await other.getByRole('button', { name: 'Sign out' }).click();
  await signIn(other, email);
  await expect(other).toHaveURL(/\/login\/mfa$/);
  await giveCode(other, codes[0] ?? '');
  await expect(
    other.locator('p[role=alert]', { hasText: 'That code is wrong, or was already used' }),
  ).toBeVisible();
  // The next step's code: later than the one spent at enrolment, and within the window.
  await giveCode(other, codeOf(secret, 30_000));
  await expect(other.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();

  // The admin sees MFA on, and resets it (lost phone): the user signs in with the password alone again.
  await page.goto('/settings/users');
  await page.getByRole('link', { name: `Manage ${email}` }).click();
  const mfa = page.getByRole('region', { name: 'Two-factor authentication (MFA)' });
  await expect(mfa.getByText('on', { exact: true })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await mfa.getByRole('button', { name: 'Reset MFA' }).click();
  await expect(mfa.getByRole('button', { name: 'Reset MFA' })).toHaveCount(0);
  await other.getByRole('button', { name: 'Sign out' }).click();
  await signIn(other, email);
  await expect(other.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();

  await page.goto(`/settings/audit?action=mfa.`);
  for (const label of ['MFA turned on', 'MFA recovery code used', 'MFA reset by an administrator'])
    await expect(page.getByTestId('audit-events').getByText(label).first()).toBeVisible();
  await context.close();
});

test('an admin without MFA is held at the enrolment page while MFA is required for admins', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = `mfa-admin-${Date.now().toString(36)}@kensa.test`;
  const { context, other } = await invite(page, browser, baseURL, email, 'admin');
  await other.getByRole('button', { name: 'Sign out' }).click();
  try {
    await page.goto('/settings/users');
    const security = page.getByRole('region', { name: 'Security' });
    await security.getByLabel('Require MFA for administrators').check();
    await security.getByRole('button', { name: 'Save' }).click();
    await expect(security.getByRole('status')).toHaveText('Saved.');

    await signIn(other, email);
    await expect(other).toHaveURL(/\/settings\/account\/mfa$/);
    await expect(
      other.locator('p[role=alert]', { hasText: 'MFA is required for administrators' }),
    ).toBeVisible();
    for (const path of ['/overview', '/settings/users', '/settings/account']) {
      await other.goto(path);
      await expect(other).toHaveURL(/\/settings\/account\/mfa$/);
    }
    expect((await other.request.get('/api/v1/domains')).status()).toBe(403);
    await enrol(other);
    await other.getByRole('link', { name: 'I have saved them' }).click();
    await other.goto('/overview');
    await expect(other.getByRole('heading', { level: 1, name: 'Adoption overview' })).toBeVisible();
    // Required for admins: it cannot be turned off.
    await other.goto('/settings/account/mfa');
    await other.getByLabel('Current code or your password').fill(PASSWORD);
    await other.getByRole('button', { name: 'Turn off MFA' }).click();
    await expect(other.getByRole('status')).toContainText('MFA is required for administrators');
  } finally {
    const db = await e2eDb();
    await db.query('UPDATE instance_settings SET require_admin_mfa = false');
    await db.end();
    await context.close();
  }
});
