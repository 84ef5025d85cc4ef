import { type APIRequestContext, expect, type Page, type Request, request, test } from '@playwright/test';

/**
 * A client-side navigation asks the server for the next page's React Server Components payload and
 * tells it, in its headers, which layouts the browser already has: the server then renders only the
 * page, without the `(app)` layout and its sign-in check. Each page must check the session itself.
 * Here the app's own navigation requests are captured while signed in (and shown to carry the data),
 * then replayed with a forged session cookie, which gets past the proxy's cookie-presence gate: the
 * answer must carry none of that data.
 */

const stamp = Date.now().toString(36);
const MARK = `leakmark${stamp}`;

/**
 * Each page, how to reach it by a click from another page, and what it shows when signed in (the
 * scan runs page names no group: it shows the run, whose id is in its link).
 */
const pages = (runId: string): Array<{ path: RegExp; from: string; link: string; mark: string }> => [
  { path: /^\/overview$/, from: '/findings', link: 'Overview', mark: `${MARK} group` },
  { path: /^\/$/, from: '/overview', link: 'Domains', mark: `${MARK}.test` },
  { path: /^\/findings$/, from: '/overview', link: 'Findings', mark: `${MARK} group` },
  { path: /^\/groups$/, from: '/overview', link: 'Groups', mark: `${MARK} group` },
  { path: /^\/scans$/, from: '/overview', link: 'Scan runs', mark: runId },
  { path: /^\/reports$/, from: '/overview', link: 'Reports', mark: `${MARK} group` },
  { path: /^\/alerts$/, from: '/overview', link: 'Alerts', mark: `${MARK} rule` },
  { path: /^\/groups\/[\w-]+$/, from: '/groups', link: `${MARK} group`, mark: `${MARK}.test` },
  { path: /^\/domains\/[\w-]+$/, from: `/?q=${MARK}`, link: `${MARK}.test`, mark: `${MARK} group` },
];

/** The navigation's RSC request (not a prefetch, which carries only the loading state). */
async function captureNavigation(page: Page, from: string, link: string, path: RegExp): Promise<Request> {
  await page.goto(from);
  const navigation = page.waitForRequest((r) => {
    const headers = r.headers();
    return headers.rsc === '1' && !headers['next-router-prefetch'] && path.test(new URL(r.url()).pathname);
  });
  await page.getByRole('link', { name: link, exact: true }).first().click();
  return navigation;
}

async function replay(api: APIRequestContext, captured: Request, cookie: string): Promise<string> {
  const headers = { ...captured.headers(), cookie };
  const response = await api.get(captured.url(), { headers, maxRedirects: 0 });
  return response.text();
}

test('a replayed client-side navigation with a forged cookie gets no data', async ({ page, baseURL }) => {
  const setup = async (path: string, data: unknown) => {
    const response = await page.request.post(`/api/v1/${path}`, { data });
    expect(response.status(), path).toBeLessThan(300);
    return (await response.json()) as { id: string };
  };
  const group = await setup('groups', { name: `${MARK} group` });
  const domain = await setup('domains', { domain: `${MARK}.test` });
  await setup(`groups/${group.id}/members`, { add: [domain.id] });
  const run = await setup('scan-runs', { scope: { kind: 'group', groupId: group.id } });
  await setup('alerts/rules', {
    name: `${MARK} rule`,
    enabled: true,
    kind: 'record_lost',
    params: { metric: 'dmarcPublished' },
    groupId: group.id,
    emails: ['alerts@kensa.test'],
    webhookUrl: null,
    digest: 'none',
  });

  const genuine = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const api = await request.newContext({ baseURL });
  try {
    for (const target of pages(run.id)) {
      const captured = await captureNavigation(page, target.from, target.link, target.path);
      // The capture is a real data request: replayed with the real session, it carries the marker.
      expect(await replay(api, captured, genuine), `${target.path} signed in`).toContain(target.mark);
      const forged = await replay(api, captured, 'kensa_session=forged');
      expect(forged, `${target.path} with a forged cookie`).not.toContain(MARK);
      expect(forged, `${target.path} with a forged cookie`).not.toContain(run.id);
    }
  } finally {
    await api.dispose();
  }
});
