import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { E2E_BASE_URL } from './e2e-config';

/**
 * A script's view of /api/v1, after an admin made its tokens in the UI: the token is read from the
 * page the one time it is shown, then used as a Bearer token with no session cookie at all.
 */

async function createToken(page: Page, name: string, scope: 'read' | 'write'): Promise<string> {
  await page.goto('/settings/api-tokens');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Access').selectOption(scope);
  await page.getByLabel('Expires').selectOption('30');
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByTestId('new-token');
  await expect(shown).toHaveValue(/^kensa_[A-Za-z0-9_-]{43}$/);
  const token = await shown.inputValue();
  await expect(page.getByTestId('api-tokens')).toContainText(name);
  // Shown once: a fresh load of the page lists the token by its prefix only.
  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  await expect(page.getByTestId('api-tokens')).toContainText(`${token.slice(0, 12)}…`);
  return token;
}

test('scripts use /api/v1 with tokens an admin created, and a revoked token stops working', async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const readToken = await createToken(page, `e2e read ${stamp}`, 'read');
  const writeToken = await createToken(page, `e2e write ${stamp}`, 'write');
  const client = (token: string): Promise<APIRequestContext> =>
    playwright.request.newContext({
      baseURL: `${E2E_BASE_URL}/api/v1/`,
      extraHTTPHeaders: { Authorization: `Bearer ${token}` },
    });
  const reader = await client(readToken);
  const writer = await client(writeToken);

  const me = await reader.get('me');
  expect(me.status()).toBe(200);
  const caller = await me.json();
  expect(caller).toMatchObject({ kind: 'token', name: `e2e read ${stamp}`, canWrite: false });
  // Created to expire after 30 days.
  expect(Date.parse(caller.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
  expect(me.headers()['ratelimit-limit']).toMatch(/^\d+$/);
  expect((await (await writer.get('me')).json()).canWrite).toBe(true);

  // A read token may not write; a read-write one registers (201).
  const names = [1, 2, 3, 4, 5].map((i) => `api-${stamp}-${i}.e2e.test`);
  const refused = await reader.post('domains', { data: { domain: names[0] } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe('forbidden');
  const ids: string[] = [];
  for (const domain of names) {
    const created = await writer.post('domains', { data: { domain } });
    expect(created.status()).toBe(201);
    ids.push((await created.json()).id);
  }

  // Every matching domain once, across pages of two, by following nextCursor.
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params: Record<string, string> = { q: `api-${stamp}`, limit: '2', ...(cursor ? { cursor } : {}) };
    const response = await reader.get('domains', { params });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { items: Array<{ ascii: string }>; nextCursor: string | null };
    seen.push(...body.items.map((item) => item.ascii));
    cursor = body.nextCursor;
    pages++;
  } while (cursor);
  expect(pages).toBe(3);
  expect(seen).toEqual(names);
  const tampered = await reader.get('domains', { params: { cursor: 'bm90LWEtY3Vyc29y' } });
  expect(tampered.status()).toBe(400);
  expect((await tampered.json()).error.code).toBe('invalid_cursor');

  // Errors are JSON with a code.
  const badJson = await writer.post('domains', {
    data: Buffer.from('{"domain": '),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(badJson.status()).toBe(400);
  expect((await badJson.json()).error.code).toBe('invalid_json');
  const unknown = await reader.get('domains/01a2219d-0000-7000-8000-000000000000');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
  const detail = await reader.get(`domains/${ids[0]}`);
  expect(await detail.json()).toMatchObject({ ascii: names[0], groups: [], scanned: false });

  // Archive what the test registered, then revoke the read-write token in the UI.
  for (const id of ids) expect((await writer.delete(`domains/${id}`)).status()).toBe(200);
  await page.goto('/settings/api-tokens');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: `Revoke token e2e write ${stamp}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(`e2e write ${stamp}`) })).toContainText('revoked');
  const revoked = await writer.get('me');
  expect(revoked.status()).toBe(401);
  expect((await revoked.json()).error.code).toBe('invalid_token');
  await page.screenshot({ path: 'e2e/screenshots/api-tokens.png', fullPage: true });
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: `Revoke token e2e read ${stamp}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(`e2e read ${stamp}`) })).toContainText('revoked');
  expect((await reader.get('me')).status()).toBe(401);
  await Promise.all([reader.dispose(), writer.dispose()]);
});

test('a read-write token groups, imports and scans domains, and reads the results', async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const token = await createToken(page, `e2e scripts ${stamp}`, 'write');
  const api = await playwright.request.newContext({
    baseURL: `${E2E_BASE_URL}/api/v1/`,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });

  // An import checked first (nothing written), then for real; the same rows again change nothing.
  const lines = [`imp-${stamp}-1.e2e.test`, 'not a domain!', `imp-${stamp}-2.e2e.test`].join('\n');
  const dryRun = await (
    await api.post('imports', { data: { format: 'lines', content: lines, dryRun: true } })
  ).json();
  expect(dryRun).toMatchObject({ status: 'preview', good: 2, badCount: 1, counts: { create: 2 } });
  expect(dryRun.bad[0]).toMatchObject({ line: 2, value: 'not a domain!' });
  const rows = [1, 2].map((i) => ({ domain: `imp-${stamp}-${i}.e2e.test`, tags: ['api'] }));
  const done = await (await api.post('imports', { data: { format: 'json', rows } })).json();
  expect(done).toMatchObject({ status: 'done', counts: { create: 2, update: 0 } });
  const again = await (await api.post('imports', { data: { format: 'json', rows } })).json();
  expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, groups: 0 });
  const listed = await (await api.get('domains', { params: { q: `imp-${stamp}`, tag: 'api' } })).json();
  const ids: string[] = listed.items.map((item: { id: string }) => item.id);
  expect(ids).toHaveLength(2);

  // A group with one member added through /members and one through PATCH /domains/{id}.
  const group = await api.post('groups', {
    data: { name: `E2E API ${stamp}`, schedule: { kind: 'weekly' } },
  });
  expect(group.status()).toBe(201);
  const groupId: string = (await group.json()).id;
  expect((await api.post('groups', { data: { name: `E2E API ${stamp}` } })).status()).toBe(409);
  const added = await api.post(`groups/${groupId}/members`, { data: { add: [ids[0]] } });
  expect(await added.json()).toEqual({ added: 1, removed: 0 });
  const patched = await api.patch(`domains/${ids[1]}`, { data: { groups: [groupId], notes: 'via API' } });
  expect(await patched.json()).toMatchObject({ notes: 'via API', groups: [{ id: groupId }] });
  const members = await (await api.get('domains', { params: { group: groupId } })).json();
  expect(members.items).toHaveLength(2);
  expect((await (await api.get(`groups/${groupId}`)).json()).members).toBe(2);

  // Scan the group, follow its progress, then read the per-domain results and the history.
  const started = await api.post('scan-runs', { data: { scope: { kind: 'group', groupId } } });
  expect(started.status()).toBe(202);
  const run = await started.json();
  expect(run.total).toBe(2);
  await expect
    .poll(async () => (await (await api.get(`scan-runs/${run.id}`)).json()).status, { timeout: 90_000 })
    .toBe('complete');
  const first = await (await api.get(`scan-runs/${run.id}/results`, { params: { limit: '1' } })).json();
  expect(first.items).toHaveLength(1);
  expect(first.nextCursor).not.toBeNull();
  const second = await (
    await api.get(`scan-runs/${run.id}/results`, { params: { limit: '1', cursor: first.nextCursor } })
  ).json();
  expect(second.nextCursor).toBeNull();
  const results = [...first.items, ...second.items];
  expect(results.map((r: { domain: { id: string } }) => r.domain.id).sort()).toEqual([...ids].sort());
  for (const result of results) {
    expect(result.status).toMatch(/complete|partial/);
    expect(Object.keys(result.flags)).toContain('dmarcEnforcing');
    expect(Array.isArray(result.findings)).toBe(true);
  }
  const history = await (await api.get(`domains/${ids[0]}/scans`, { params: { include: 'report' } })).json();
  expect(history.items[0]).toMatchObject({ runId: run.id });
  expect(history.items[0].report).toBeTruthy();
  expect((await api.post(`scan-runs/${run.id}/cancel`)).status()).toBe(409);

  for (const id of ids) expect((await api.delete(`domains/${id}`)).status()).toBe(200);
  await api.dispose();
});

test('the OpenAPI document is JSON and lists every route', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const document = JSON.parse(await response.text()) as {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  expect(document.openapi).toBe('3.1.0');
  const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(routes).toEqual(
    expect.arrayContaining([
      'GET /me',
      'GET /domains',
      'POST /domains',
      'GET /domains/{id}',
      'PATCH /domains/{id}',
      'DELETE /domains/{id}',
      'GET /domains/{id}/scans',
      'GET /groups',
      'POST /groups',
      'GET /groups/{id}',
      'PATCH /groups/{id}',
      'POST /groups/{id}/members',
      'POST /imports',
      'GET /scan-runs',
      'POST /scan-runs',
      'GET /scan-runs/{id}',
      'POST /scan-runs/{id}/cancel',
      'GET /scan-runs/{id}/results',
      'GET /findings',
      'GET /adoption/series',
      'GET /adoption/summary',
    ]),
  );
  const ids = Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).map((operation) => operation.operationId),
  );
  expect(new Set(ids).size).toBe(ids.length);
  // A path the document does not list is a JSON 404 too, not the app's HTML page.
  const unknown = await request.get('/api/v1/no-such-endpoint');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
});
