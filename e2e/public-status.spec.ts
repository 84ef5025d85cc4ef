import { type APIRequestContext, expect, test } from '@playwright/test';

/**
 * A group's public status page, opened without signing in: it shows its own group's adoption and
 * domains and nothing else (no description, contacts or other groups), carries noindex and
 * no-referrer, and a revoked or rotated link answers 404.
 */

const stamp = Date.now().toString(36);
const SECRET = `secret${stamp}`;

async function post(api: APIRequestContext, path: string, data?: unknown) {
  const response = await api.post(`/api/v1/${path}`, data === undefined ? {} : { data });
  expect(response.status(), path).toBeLessThan(300);
  return (await response.json()) as { id: string; url: string };
}

/**
 * A group with one member domain (not scanned: its status is unknown), following a built-in
 * profile, with a description and a contact, through the API as the admin.
 */
async function createGroup(api: APIRequestContext, name: string, domain: string) {
  const group = await post(api, 'groups', { name, description: `note ${SECRET}-${name}` });
  const registered = await post(api, 'domains', { domain });
  await post(api, `groups/${group.id}/members`, { add: [registered.id] });
  const profiles = (await (await api.get('/api/v1/compliance/profiles')).json()) as {
    items: Array<{ id: string; builtinKey: string | null }>;
  };
  const cisa = profiles.items.find((p) => p.builtinKey === 'cisa-bod-18-01');
  const follow = await api.put(`/api/v1/groups/${group.id}/compliance-profiles`, {
    data: { profileIds: [cisa?.id] },
  });
  expect(follow.status()).toBe(200);
  await post(api, `groups/${group.id}/contacts`, {
    name: `Contact ${SECRET}`,
    email: `${SECRET}-${name.toLowerCase().replace(/\W/g, '')}@contacts.example`,
    language: 'en',
  });
  return group.id;
}

test('a public status page shows only its own group, and stops working when revoked or rotated', async ({
  page,
  browser,
}) => {
  const a = await createGroup(page.request, `Public A ${stamp}`, `a-${stamp}.status-e2e.test`);
  const b = await createGroup(page.request, `Public B ${stamp}`, `b-${stamp}.status-e2e.test`);

  // An editor opens group A's page from its owners page and gets the link once.
  await page.goto(`/groups/${a}/owners`);
  await expect(page.getByRole('cell', { name: `Contact ${SECRET}` })).toBeVisible();
  await page.getByRole('button', { name: 'Open a public page' }).click();
  const linkA = (await page.getByTestId('status-link').textContent()) ?? '';
  expect(linkA).toMatch(/\/status\/[A-Za-z0-9_-]{43}$/);
  const pathA = new URL(linkA).pathname;
  const pathB = new URL((await post(page.request, `groups/${b}/status-link`)).url).pathname;

  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const open = await visitor.newPage();
  try {
    const response = await open.goto(pathA);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(open.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(open.getByRole('heading', { level: 1 })).toHaveText(
      `Public A ${stamp}: e-mail sender authentication`,
    );
    const row = open.getByRole('row', { name: `a-${stamp}.status-e2e.test` });
    await expect(row.getByRole('cell')).toHaveText(['unknown']);
    await expect(open.getByRole('rowheader', { name: 'DMARC published' })).toBeVisible();
    await expect(open.getByRole('rowheader', { name: 'CISA BOD 18-01' })).toBeVisible();
    const html = await open.content();
    for (const leak of [SECRET, `b-${stamp}`, `Public B`, '@contacts.example', a, b])
      expect(html, `the page shows ${leak}`).not.toContain(leak);

    // Group B's link shows group B, none of A.
    await open.goto(pathB);
    await expect(open.getByRole('rowheader', { name: `b-${stamp}.status-e2e.test` })).toBeVisible();
    expect(await open.content()).not.toContain(`a-${stamp}`);

    // Revoked in the UI: 404. Rotated through the API: the old link 404, the new one works.
    await page.getByRole('button', { name: 'Close the public page' }).click();
    await expect(page.getByText('No public page: it is off.')).toBeVisible();
    expect((await open.goto(pathA))?.status()).toBe(404);
    const newB = new URL((await post(page.request, `groups/${b}/status-link`)).url).pathname;
    expect((await open.goto(pathB))?.status()).toBe(404);
    expect((await open.goto(newB))?.status()).toBe(200);
    expect((await open.goto(`/status/${'A'.repeat(43)}`))?.status()).toBe(404);
  } finally {
    await visitor.close();
  }
});

test('an editor adds a contact and sets the scorecard schedule', async ({ page }) => {
  const group = await post(page.request, 'groups', { name: `Owners ${stamp}` });
  await page.goto(`/groups/${group.id}/owners`);
  await expect(page.getByText('No contacts yet.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('検査 花子');
  await page.getByLabel('E-mail', { exact: true }).fill(`hanako-${stamp}@contacts.example`);
  await page.getByLabel('Language of mails').selectOption('ja');
  await page.getByLabel('Role', { exact: true }).fill('CISO');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('cell', { name: '検査 花子' })).toBeVisible();
  await page.getByLabel('monthly').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: false })).toBeVisible();
  const owners = await page.request.get(`/api/v1/groups/${group.id}/owners`);
  expect(await owners.json()).toMatchObject({
    scorecardSchedule: 'monthly',
    statusLinkSetAt: null,
    contacts: [
      { name: '検査 花子', email: `hanako-${stamp}@contacts.example`, language: 'ja', role: 'CISO' },
    ],
  });
});
