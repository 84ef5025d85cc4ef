import { createHash, randomBytes } from 'node:crypto';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { accessOf, PAGE_ACCESS } from '../testing/authz/page-access';
import { customProfileDefinition } from '../testing/compliance/custom-profile-definition';
import { e2eDb } from './e2e-db';
import { inTabs } from './in-tabs';

/**
 * The pages of testing/authz/page-access.ts, opened by each kind of user of the built app: signed
 * out (sent to sign in), a viewer, an editor, an admin (each sees the pages of its role and is sent
 * to '/?error=forbidden' from the others), and a viewer limited to one group, who sees that group's
 * pages, the not-found page for the other group's domain, group, run, report, rule and delivery, and
 * no trace of the other group anywhere. Users and sessions are made in the database with known
 * tokens (the sessions table keeps only their SHA-256); the rest through the API as the admin.
 *
 * Every page is rendered as each role (the editor, the admin, and the limited viewer, who is a
 * viewer): a page draws its parts by role, so each role's version must show, not an error page.
 * The signed-out visitor and the unlimited viewer open one page of each kind only: that every page
 * checks the session with its row's role is app/pages-authorization.test.ts's job, so one page per
 * role and kind shows where pageContext() sends them; the viewer's rendering is the limited
 * viewer's, and its unlimited reads are the editor's and admin's.
 */

const stamp = Date.now().toString(36);
/** In every name of the other group's things, so a page showing any of them is caught. */
const OTHER = `bside${stamp}`;

interface Side {
  group: string;
  domain: string;
  run: string;
  report: string;
  rule: string;
  delivery: string;
  /** The audit entry of the group's creation. */
  audit: string;
}

/** A one-time link no one was given: its page answers "invalid or expired" to anyone. */
const UNKNOWN_LINK = 'x'.repeat(43);
/** Public pages that are not the sign-in and first-run ones: shown to everyone, signed in or not. */
const LINK_PAGES = new Set(['/welcome/[token]', '/reset/[token]', '/status/[token]']);

/** The path of each page with an [id], for one group's things. */
const DYNAMIC: Record<string, (side: Side) => string> = {
  '/settings/users/[id]': () => `/settings/users/${userIds.viewer}`,
  '/welcome/[token]': () => `/welcome/${UNKNOWN_LINK}`,
  '/reset/[token]': () => `/reset/${UNKNOWN_LINK}`,
  '/domains/[id]': (s) => `/domains/${s.domain}`,
  '/groups/[id]': (s) => `/groups/${s.group}`,
  '/groups/[id]/compliance': (s) => `/groups/${s.group}/compliance`,
  '/groups/[id]/compare': (s) => `/groups/${s.group}/compare`,
  '/groups/[id]/owners': (s) => `/groups/${s.group}/owners`,
  // Side a's public status page for every visit: public, it is no one's side (e2e/public-status.spec.ts
  // checks that a link shows its own group only).
  '/status/[token]': () => statusPath,
  '/scans/[id]': (s) => `/scans/${s.run}`,
  '/reports/[id]': (s) => `/reports/${s.report}`,
  '/alerts/rules/[id]': (s) => `/alerts/rules/${s.rule}`,
  '/alerts/deliveries/[id]': (s) => `/alerts/deliveries/${s.delivery}`,
  '/settings/audit/[id]': (s) => `/settings/audit/${s.audit}`,
  '/settings/mail-sources/[id]': () => `/settings/mail-sources/${mailSourceId}`,
  '/compliance/profiles/[id]': () => `/compliance/profiles/${profileId}`,
};

/** Pages of instance-wide things (no group's): a viewer limited to a group sees them like anyone. */
const INSTANCE_WIDE = new Set(['/settings/mail-sources/[id]', '/compliance/profiles/[id]']);
/** A received-mail data source: instance-wide, so on neither side (its name marks neither). */
let mailSourceId = '';
/** The path of side a's public status page. */
let statusPath = '';
/** A custom compliance profile: a shared definition, on neither side. */
let profileId = '';

const USERS = ['anonymous', 'viewer', 'editor', 'admin', 'scopedViewer'] as const;
type User = (typeof USERS)[number];
const ROLE: Record<Exclude<User, 'anonymous'>, 'viewer' | 'editor' | 'admin'> = {
  viewer: 'viewer',
  editor: 'editor',
  admin: 'admin',
  scopedViewer: 'viewer',
};
const RANK = { viewer: 0, editor: 1, admin: 2 } as const;

let sides: { a: Side; b: Side };
const cookies: Partial<Record<User, string>> = {};
const userIds: Partial<Record<User, string>> = {};

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

async function post(api: APIRequestContext, path: string, data: unknown): Promise<{ id: string }> {
  const response = await api.post(`/api/v1/${path}`, { data });
  expect(response.status(), path).toBeLessThan(300);
  return (await response.json()) as { id: string };
}

/** One group with a domain, a scan run, a report, an alert rule and a delivery, made as the admin. */
async function createSide(api: APIRequestContext, name: string): Promise<Omit<Side, 'delivery' | 'audit'>> {
  const group = await post(api, 'groups', { name: `Group ${name}` });
  const domain = await post(api, 'domains', { domain: `${name}.authz.test` });
  await post(api, `groups/${group.id}/members`, { add: [domain.id] });
  const run = await post(api, 'scan-runs', { scope: { kind: 'domains', domainIds: [domain.id] } });
  const report = await post(api, 'reports', {
    scopes: [group.id],
    from: today,
    to: today,
    language: 'en',
    title: `Report ${name}`,
  });
  const rule = await post(api, 'alerts/rules', {
    name: `Rule ${name}`,
    kind: 'record_lost',
    params: { metric: 'dmarcPublished' },
    groupId: group.id,
    emails: ['alerts@authz.test'],
  });
  return { group: group.id, domain: domain.id, run: run.id, report: report.id, rule: rule.id };
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  const admin = await browser.newContext({ storageState: 'e2e/.auth/admin.json' });
  const db = await e2eDb();
  try {
    const made = {
      a: await createSide(admin.request, `aside${stamp}`),
      b: await createSide(admin.request, OTHER),
    };
    // A delivery as the alert worker stores it (there is no API to make one).
    const delivery = async (rule: string, name: string) => {
      const payload = {
        rule: {
          id: rule,
          name: `Rule ${name}`,
          kind: 'record_lost',
          digest: 'none',
          params: { metric: 'dmarcPublished' },
        },
        total: 0,
        matches: [],
      };
      const row = await db.query<{ id: string }>(
        `INSERT INTO alert_deliveries (id, rule_id, channel, target, payload)
         VALUES (gen_random_uuid(), $1, 'email', 'alerts@authz.test', $2) RETURNING id`,
        [rule, JSON.stringify(payload)],
      );
      return row.rows[0]?.id ?? '';
    };
    // The API call that created each group recorded it in the audit log.
    const audit = async (group: string) =>
      (
        await db.query<{ id: string }>(
          `SELECT id FROM audit_events WHERE action = 'group.create' AND target_id = $1`,
          [group],
        )
      ).rows[0]?.id ?? '';
    sides = {
      a: {
        ...made.a,
        delivery: await delivery(made.a.rule, `aside${stamp}`),
        audit: await audit(made.a.group),
      },
      b: { ...made.b, delivery: await delivery(made.b.rule, OTHER), audit: await audit(made.b.group) },
    };
    const link = await admin.request.post(`/api/v1/groups/${made.a.group}/status-link`);
    expect(link.status()).toBe(200);
    statusPath = new URL(((await link.json()) as { url: string }).url).pathname;
    mailSourceId = (
      await post(admin.request, 'mail-sources', {
        name: `Source ${stamp}`,
        trustedAuthservIds: ['mx.authz.test'],
      })
    ).id;
    profileId = (
      await post(admin.request, 'compliance/profiles', {
        definition: customProfileDefinition(`Profile ${stamp}`),
      })
    ).id;
    for (const user of USERS) {
      if (user === 'anonymous') continue;
      const created = await db.query<{ id: string }>(
        `INSERT INTO users (id, email, name, password_hash, role)
         VALUES (gen_random_uuid(), $1, $2, 'not used: signed in by session', $3) RETURNING id`,
        [`${user.toLowerCase()}-${stamp}@authz.test`, user, ROLE[user]],
      );
      const userId = created.rows[0]?.id;
      userIds[user] = userId;
      if (user === 'scopedViewer')
        await db.query('INSERT INTO user_group_scopes (user_id, group_id) VALUES ($1, $2)', [
          userId,
          sides.a.group,
        ]);
      const token = randomBytes(32).toString('base64url');
      await db.query(
        `INSERT INTO sessions (id, token_hash, user_id, expires_at)
         VALUES (gen_random_uuid(), $1, $2, now() + interval '1 day')`,
        [createHash('sha256').update(token).digest('hex'), userId],
      );
      cookies[user] = token;
    }
  } finally {
    await db.end();
    await admin.close();
  }
});

test.afterAll(async () => {
  const db = await e2eDb();
  try {
    await db.query(`DELETE FROM users WHERE email LIKE $1`, [`%-${stamp}@authz.test`]);
  } finally {
    await db.end();
  }
});

/** Where a visit ended: the sign-in page, the forbidden redirect, not found, an error, or the page. */
async function visit(page: Page, path: string, scoped: boolean): Promise<string> {
  await page.goto(path);
  // Each ending has an h1; a streamed page's redirect lands before its h1 would.
  await page.locator('h1').first().waitFor();
  const url = new URL(page.url());
  if (url.pathname === '/login') return 'sign-in';
  if (url.searchParams.get('error') === 'forbidden') return 'forbidden';
  const heading = await page.locator('h1').first().textContent();
  if (heading === 'Not found') return 'not found';
  if (heading === 'This page could not be shown') return 'error page';
  if (!scoped) return 'shown';
  // A user limited to group a must see nothing of group b's, in the page or its data payload.
  const html = await page.content();
  const leaked = [OTHER, ...Object.values(sides.b)].some((mark) => html.includes(mark));
  return leaked ? 'shown WITH THE OTHER GROUP' : 'shown';
}

function expected(user: User, route: string, side: 'a' | 'b'): string {
  const access = accessOf(route);
  if (access === 'public') return LINK_PAGES.has(route) ? 'shown' : 'sign-in'; // accounts exist: /setup sends to sign in too
  if (user === 'anonymous') return 'sign-in';
  if (RANK[ROLE[user]] < RANK[access]) return 'forbidden';
  if (user === 'scopedViewer' && side === 'b' && !INSTANCE_WIDE.has(route)) return 'not found';
  return 'shown';
}

test('every page with an [id] has a fixture to open it with', () => {
  const dynamic = Object.keys(PAGE_ACCESS).filter((route) => route.includes('['));
  expect(dynamic.sort()).toEqual(Object.keys(DYNAMIC).sort());
});

/**
 * One page of each role and kind (signed-in, with an [id] or not; redirect-only), and every public
 * page: those do not call pageContext(), so each is opened.
 */
const ONE_OF_EACH_KIND = [
  ...new Map(
    Object.entries(PAGE_ACCESS).map(([route, access]) => [
      access === 'public' ? route : `${JSON.stringify(access)} ${route.includes('[')}`,
      route,
    ]),
  ).values(),
];
/** Who opens every page; the others open ONE_OF_EACH_KIND (see the top of this file). */
const OPENS_EVERY_PAGE = new Set<User>(['editor', 'admin', 'scopedViewer']);

for (const user of USERS) {
  test(`pages as ${user}`, async ({ browser, baseURL }) => {
    test.setTimeout(360_000);
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const token = cookies[user];
    if (token) await context.addCookies([{ name: 'kensa_session', value: token, url: baseURL ?? '' }]);
    const routes = OPENS_EVERY_PAGE.has(user) ? Object.keys(PAGE_ACCESS) : ONE_OF_EACH_KIND;
    const visits: Array<{ key: string; route: string; side: 'a' | 'b'; path: string }> = [];
    for (const route of routes) {
      const build = DYNAMIC[route];
      visits.push({ key: `${route} a`, route, side: 'a', path: build ? build(sides.a) : route });
      // Only the scoped viewer is asked about the other group's pages; the others read everything.
      if (build && user === 'scopedViewer')
        visits.push({ key: `${route} b`, route, side: 'b', path: build(sides.b) });
    }
    const have: Record<string, string> = {};
    const want: Record<string, string> = {};
    await inTabs(context, visits, async (page, next) => {
      want[next.key] = expected(user, next.route, next.side);
      have[next.key] = await visit(page, next.path, user === 'scopedViewer');
    });
    await context.close();
    expect(have).toEqual(want);
  });
}
