import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import type pg from 'pg';
import { e2eDb } from './e2e-db';
import type { METRIC_COLUMNS } from './insert-rollup-row';

/**
 * The "done means", as people do it: an admin makes two groups of fixture domains
 * (fixtures/zones/test.zone, served by Knot) and scans them; invites a colleague in the UI as a
 * viewer and limits them to one group; the colleague accepts the link in a browser of their own,
 * sets a password, mistypes it once, signs in, and sees only their group — the domains table, the
 * API's list, and overview percentages computed over their group, which differ from the admin's
 * all-domains figures; the other group's scorecard answers 404 by URL and by API. The admin's audit
 * log (page and API) then shows every step. Nothing here depends on another spec's data.
 */

const stamp = Date.now().toString(36);
/** The colleague's group: SPF published by 3 of 4 (spf-missing.test has none), DMARC by 3 of 4. */
const MINE = ['healthy.test', 'spf-missing.test', 'dmarc-policy-none.test', 'dmarc-missing.test'];
/** The other group. */
const OTHERS = ['null-mx.test', 'spf-softfail-all.test', 'mx-none.test'];
/** Metric keys in the overview's card order, with their adoption_rollups columns. */
const COLUMNS = {
  spfPublished: 'spf_published',
  spfValid: 'spf_valid',
  dkimPublished: 'dkim_published',
  dmarcPublished: 'dmarc_published',
  dmarcEnforcing: 'dmarc_enforcing',
  adspPublished: 'adsp_published',
  senderIdPublished: 'sender_id_published',
  nullMx: 'null_mx',
  mtaStsEnforcing: 'mta_sts_enforcing',
  tlsRptPublished: 'tls_rpt_published',
  bimiPublished: 'bimi_published',
  dnssecSigned: 'dnssec_signed',
  daneOnMx: 'dane_on_mx',
  starttlsOffered: 'starttls_offered',
} as const satisfies Record<string, (typeof METRIC_COLUMNS)[number]>;
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 2 });

async function post(api: APIRequestContext, path: string, data: unknown): Promise<{ id: string }> {
  const response = await api.post(`/api/v1/${path}`, { data });
  expect(response.status(), `POST ${path}`).toBeLessThan(300);
  return (await response.json()) as { id: string };
}

/** A group of the given fixture domains, scanned to the end, as the admin (through the API). */
async function scannedGroup(api: APIRequestContext, name: string, domains: string[]) {
  const group = await post(api, 'groups', { name });
  const ids: string[] = [];
  for (const domain of domains) ids.push((await post(api, 'domains', { domain })).id);
  await post(api, `groups/${group.id}/members`, { add: ids });
  const run = await post(api, 'scan-runs', { scope: { kind: 'group', groupId: group.id } });
  await expect
    .poll(
      async () =>
        ((await (await api.get(`/api/v1/scan-runs/${run.id}`)).json()) as { status: string }).status,
      {
        timeout: 60_000,
      },
    )
    .toBe('complete');
  return { id: group.id, name, domainIds: ids, runId: run.id };
}

/** Each metric's latest adopted / known in adoption_rollups for a scope, as the overview sums them. */
async function rollupCounts(db: pg.Client, scope: string) {
  // Each metric's denominator leaves out its own unknowns (STARTTLS is unknown without probing).
  const sums = Object.values(COLUMNS)
    .map(
      (column) =>
        `sum(${column})::int AS ${column}, (sum(domains) - sum(${column}_unknown))::int AS ${column}_known`,
    )
    .join(', ');
  const result = await db.query<Record<string, number>>(
    `SELECT ${sums} FROM adoption_rollups
     WHERE scope = $1 AND day = (SELECT max(day) FROM adoption_rollups WHERE scope = $1)`,
    [scope],
  );
  const row = result.rows[0] ?? {};
  return Object.fromEntries(
    Object.entries(COLUMNS).map(([metric, column]) => [
      metric,
      { adopted: row[column] ?? 0, known: row[`${column}_known`] ?? 0 },
    ]),
  ) as Record<keyof typeof COLUMNS, { adopted: number; known: number }>;
}

/** The overview section of one scope shows exactly these counts and percentages, card by card. */
async function expectOverview(page: Page, scope: string, counts: Awaited<ReturnType<typeof rollupCounts>>) {
  const cards = page.locator(`section[data-scope="${scope}"] article`);
  await expect(cards).toHaveCount(Object.keys(COLUMNS).length);
  for (const [i, { adopted, known }] of Object.values(counts).entries()) {
    if (known === 0) {
      await expect(cards.nth(i).getByTestId('metric-percent')).toHaveText('not measured');
      continue;
    }
    await expect(cards.nth(i).getByTestId('metric-percent')).toHaveText(percent.format(adopted / known));
    await expect(cards.nth(i).getByTestId('metric-counts')).toHaveText(`${adopted} / ${known} domains`);
  }
}

test('an invited viewer limited to one group sees only that group, and the audit log shows it all', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const db = await e2eDb();
  const startedAt = new Date().toISOString();
  const email = `colleague-${stamp}@kensa.test`;
  const password = 'ministry colleague passphrase';
  try {
    const mine = await scannedGroup(page.request, `Ministry ${stamp}`, MINE);
    const others = await scannedGroup(page.request, `Agency ${stamp}`, OTHERS);

    // Invite through the UI, then limit the invitee to the first group on their page.
    await page.goto('/settings/users');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Role').selectOption('viewer');
    await page.getByRole('button', { name: 'Invite' }).click();
    const path = new URL(await page.getByTestId('issued-link-url').inputValue()).pathname;
    await page.getByRole('link', { name: `Manage ${email}` }).click();
    const scopeForm = page.locator('section', { has: page.getByRole('heading', { name: 'Group scope' }) });
    await scopeForm.getByLabel(mine.name).check();
    await scopeForm.getByRole('button', { name: 'Save' }).click();
    await expect(scopeForm.getByRole('status')).toHaveText('Saved.');
    const userId = (await db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email])).rows[0]
      ?.id;

    // The colleague, in a browser of their own: accept, sign out, mistype once, sign in.
    const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] }, baseURL });
    const them = await theirs.newPage();
    await them.goto(path);
    await them.getByLabel('Your name').fill('Ministry Colleague');
    await them.getByLabel('New password (at least 12 characters)').fill(password);
    await them.getByLabel('Repeat the password').fill(password);
    await them.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(them.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();
    await them.getByRole('button', { name: 'Sign out' }).click();
    await expect(them).toHaveURL(/\/login/);
    for (const typed of [`${password}!`, password]) {
      await them.getByLabel('E-mail').fill(email);
      await them.getByLabel('Password').fill(typed);
      await them.getByRole('button', { name: 'Sign in' }).click();
      if (typed === password) break;
      await expect(them.getByText('E-mail or password is wrong.')).toBeVisible();
      await expect(them.getByLabel('Password')).toHaveValue(''); // React resets the form after its action
    }
    await expect(them.getByRole('heading', { level: 1, name: 'Domains' })).toBeVisible();

    // Their domains table and the API list: their four domains, nothing else.
    const rows = them.locator('table.domains tbody tr');
    await expect(rows).toHaveCount(MINE.length);
    for (const domain of MINE) await expect(rows.filter({ hasText: domain })).toHaveCount(1);
    await expect(them.locator('table.domains')).not.toContainText(OTHERS[0] as string);
    const listed = (await (await them.request.get('/api/v1/domains?limit=100')).json()) as {
      items: Array<{ id: string }>;
    };
    expect(listed.items.map((item) => item.id).sort()).toEqual([...mine.domainIds].sort());

    // Their overview is over their group only: no all-domains section, the group's own rollups,
    // which the zone data fixes at 3 of 4 for SPF; the admin's all-domains figures differ.
    await them.goto('/overview');
    await expect(them.locator('section[data-scope="all"]')).toHaveCount(0);
    const theirCounts = await rollupCounts(db, mine.id);
    expect(theirCounts.spfPublished).toEqual({ adopted: 3, known: 4 });
    expect(theirCounts.dmarcPublished).toEqual({ adopted: 3, known: 4 });
    await expectOverview(them, mine.id, theirCounts);
    await them.screenshot({ path: 'e2e/screenshots/overview-scoped-viewer.png', fullPage: true });
    await page.goto('/overview');
    const allCounts = await rollupCounts(db, 'all');
    await expectOverview(page, 'all', allCounts);
    expect(allCounts.spfPublished.known).toBeGreaterThanOrEqual(MINE.length + OTHERS.length);
    expect(allCounts).not.toEqual(theirCounts);

    // The other group's scorecard: 404 by URL and by API, and not a byte of it.
    const otherDomain = others.domainIds[0] as string;
    await them.goto(`/domains/${otherDomain}`);
    await expect(them.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expect(them.locator('body')).not.toContainText(OTHERS[0] as string);
    const byApi = await them.request.get(`/api/v1/domains/${otherDomain}`);
    expect(byApi.status()).toBe(404);
    expect(await byApi.text()).not.toContain(OTHERS[0] as string);
    expect((await them.request.get(`/api/v1/domains/${mine.domainIds[0]}`)).status()).toBe(200);
    // Viewers may not make API tokens (admins only, docs/architecture.md "Roles").
    await them.goto('/settings/api-tokens');
    await expect(them).toHaveURL(/error=forbidden/);
    await theirs.close();

    // Every step is in the audit log: the API, from when the test began …
    const audit = await page.request.get(
      `/api/v1/audit-events?from=${encodeURIComponent(startedAt)}&limit=200`,
    );
    const events = (
      (await audit.json()) as {
        items: Array<{ action: string; actorLabel: string | null; targetId: string | null; after: unknown }>;
      }
    ).items;
    const count = (action: string, where: (e: (typeof events)[number]) => boolean = () => true) =>
      events.filter((e) => e.action === action && where(e)).length;
    const ours = new Set([
      mine.id,
      others.id,
      ...mine.domainIds,
      ...others.domainIds,
      mine.runId,
      others.runId,
    ]);
    const aboutOurs = (e: (typeof events)[number]) => e.targetId !== null && ours.has(e.targetId);
    expect(count('group.create', aboutOurs)).toBe(2);
    expect(count('domain.register', aboutOurs)).toBe(MINE.length + OTHERS.length);
    expect(count('group.members', aboutOurs)).toBe(2);
    expect(count('scan-run.start', aboutOurs)).toBe(2);
    const aboutThem = (e: (typeof events)[number]) => e.targetId === userId;
    expect(count('user.invite', aboutThem)).toBe(1);
    expect(count('user.change-scope', aboutThem)).toBe(1);
    expect(count('user.accept-invite', aboutThem)).toBe(1);
    const byThem = (e: (typeof events)[number]) => e.actorLabel === email;
    expect(count('auth.sign-in-failed', byThem)).toBe(1);
    expect(count('auth.sign-in', byThem)).toBe(1);
    expect(count('auth.sign-out', byThem)).toBe(1);
    // … and the page, by who acted and by what was done to the account.
    await page.goto(`/settings/audit?actor=${encodeURIComponent(email)}`);
    const table = page.getByTestId('audit-events');
    for (const label of ['Invitation accepted', 'Signed in', 'Sign-in failed', 'Signed out'])
      await expect(table.getByRole('row').filter({ hasText: label })).toHaveCount(1);
    await page.screenshot({ path: 'e2e/screenshots/audit-colleague.png', fullPage: true });
    await page.goto(`/settings/audit?targetId=${userId}`);
    for (const label of ['User invited', 'User groups changed', 'Invitation accepted'])
      await expect(table.getByRole('row').filter({ hasText: label })).toHaveCount(1);
    const things: Array<[string, string]> = [
      [mine.id, 'Group created'],
      [mine.id, 'Group members changed'],
      [mine.domainIds[0] as string, 'Domain registered'],
      [mine.runId, 'Scan started'],
    ];
    for (const [targetId, label] of things) {
      await page.goto(`/settings/audit?targetId=${targetId}`);
      await expect(table.getByRole('row').filter({ hasText: label })).toHaveCount(1);
    }
  } finally {
    await db.end();
  }
});
