import { type Browser, expect, type Page, test } from '@playwright/test';

/**
 * The pages of team access, in both languages: Settings → Users, one user, the own account, and
 * the invitation and reset pages a link opens. Each is shown in the chosen language with no message
 * key left untranslated, and kept as a screenshot (e2e/screenshots/team-*) for a person to read.
 */

const stamp = Date.now().toString(36);
const LOCALES = ['en', 'ja'] as const;
/** What an untranslated message would print: its key, e.g. "users.scopeNote". */
const MESSAGE_KEY = /\b(?:users|account|welcome|reset|link|audit|login|nav|common)\.[a-z][A-Za-z.-]+\b/;

let invitee = { id: '', path: '' };
let resetPath = '';

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' });
  try {
    const invited = await admin.request.post('/api/v1/users', {
      data: { email: `pages-${stamp}@kensa.test`, role: 'viewer', name: '山田 花子' },
    });
    expect(invited.status()).toBe(201);
    const body = (await invited.json()) as { id: string; link: { url: string } };
    invitee = { id: body.id, path: new URL(body.link.url).pathname };
    // A reset link for a second invitee who has accepted: only read here (GET never spends it).
    const other = await admin.request.post('/api/v1/users', {
      data: { email: `pages-reset-${stamp}@kensa.test`, role: 'editor' },
    });
    const otherBody = (await other.json()) as { id: string; link: { url: string } };
    const accept = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await accept.newPage();
    await page.goto(new URL(otherBody.link.url).pathname);
    await page.getByLabel('New password (at least 12 characters)').fill('pages reset passphrase');
    await page.getByLabel('Repeat the password').fill('pages reset passphrase');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
    await accept.close();
    const reset = await admin.request.post(`/api/v1/users/${otherBody.id}/links`);
    expect(reset.status()).toBe(201);
    resetPath = new URL(((await reset.json()) as { url: string }).url).pathname;
  } finally {
    await admin.close();
  }
});

async function shoot(page: Page, path: string, name: string, locale: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('h1').first()).toBeVisible();
  // biome-ignore lint/performance/useDomNodeTextContent: the text shown, not the scripts' (RSC payload)
  expect(await page.locator('body').innerText()).not.toMatch(MESSAGE_KEY);
  await page.screenshot({ path: `e2e/screenshots/team-${name}-${locale}.png`, fullPage: true });
}

for (const locale of LOCALES) {
  test(`the team pages read in ${locale}`, async ({ page, browser, baseURL }) => {
    const host = new URL(baseURL ?? '').hostname;
    await page.context().addCookies([{ name: 'kensa_locale', value: locale, domain: host, path: '/' }]);
    await shoot(page, '/settings/users', 'users', locale);
    await shoot(page, `/settings/users/${invitee.id}`, 'user', locale);
    await shoot(page, '/settings/account', 'account', locale);
    const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] }, baseURL });
    await signedOut.addCookies([{ name: 'kensa_locale', value: locale, domain: host, path: '/' }]);
    const visitor = await signedOut.newPage();
    await shoot(visitor, invitee.path, 'welcome', locale);
    await shoot(visitor, resetPath, 'reset', locale);
    await shoot(visitor, `/reset/${'x'.repeat(43)}`, 'link-invalid', locale);
    await signedOut.close();
  });
}
