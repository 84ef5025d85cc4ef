import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { actorOf } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { hashSessionToken, newSessionToken } from '@/lib/auth/session-token';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/** The session cookie the (mocked) request carries; undefined: none. */
let sessionCookie: string | undefined;
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => (sessionCookie ? { value: sessionCookie } : undefined) }),
}));

const { GET: listAuditEvents } = await import('./route');
const { GET: exportAuditEvents } = await import('../exports/audit-events/route');

let scratch: ScratchDatabase;
let db: PrismaClient;
const tokens: Record<string, string> = {};
const sessions: Record<string, string> = {};
const none = { params: Promise.resolve({}) };

function call(route: typeof listAuditEvents, path: string, as: { token?: string; session?: string } = {}) {
  sessionCookie = as.session;
  const headers = as.token ? { Authorization: `Bearer ${as.token}` } : undefined;
  return route(new Request(`http://kensa.test/api/v1${path}`, { headers }), none);
}

/** A user with a read token and a session, both kept under `key`; `groupId` limits the user to a group. */
async function person(
  email: string,
  role: 'viewer' | 'editor' | 'admin',
  key: string = role,
  groupId?: string,
) {
  const groupScopes = groupId ? { create: [{ groupId }] } : undefined;
  const user = await db.user.create({ data: { email, passwordHash: 'x', role, groupScopes } });
  const created = await createApiToken(
    { name: `${key} token`, scope: 'read', expiresInDays: 30 },
    actorOf(user, null),
    db,
  );
  tokens[key] = created.token;
  const session = newSessionToken();
  const expiresAt = new Date(Date.now() + 3_600_000);
  await db.session.create({ data: { userId: user.id, tokenHash: hashSessionToken(session), expiresAt } });
  sessions[key] = session;
  return user;
}

beforeAll(async () => {
  scratch = await createScratchDatabase('audit_api');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  const admin = await person('admin@api.test', 'admin');
  await person('editor@api.test', 'editor');
  await person('viewer@api.test', 'viewer');
  const ministry = await db.group.create({ data: { name: 'Ministry' } });
  await person('scoped-admin@api.test', 'admin', 'scopedAdmin', ministry.id);
  const actor = actorOf(admin, '192.0.2.1');
  for (const [action, label] of [
    ['domain.register', 'a.api.test'],
    ['domain.archive', '=HYPERLINK("http://evil.test","x")'],
    ['group.create', '@SUM(1+1)'],
  ] as const)
    await recordAuditEvent(
      actor,
      { action, target: { type: action.split('.')[0] as string, label }, after: { label } },
      db,
    );
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('GET /api/v1/audit-events', () => {
  it('refuses callers who are not signed in (401), not admins or limited to groups (403)', async () => {
    expect((await call(listAuditEvents, '/audit-events')).status).toBe(401);
    expect((await call(listAuditEvents, '/audit-events', { token: `kensa_${'A'.repeat(43)}` })).status).toBe(
      401,
    );
    for (const role of ['viewer', 'editor', 'scopedAdmin']) {
      for (const as of [{ token: tokens[role] }, { session: sessions[role] }]) {
        const response = await call(listAuditEvents, '/audit-events', as);
        expect(response.status, role).toBe(403);
        expect((await response.json()).error.code).toBe('forbidden');
        expect((await call(exportAuditEvents, '/exports/audit-events', as)).status).toBe(403);
      }
    }
  });

  it('answers an admin session, and any token an admin created, even a read token', async () => {
    for (const as of [{ token: tokens.admin }, { session: sessions.admin }]) {
      const response = await call(listAuditEvents, '/audit-events', as);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.items.map((item: { action: string }) => item.action).slice(0, 3)).toEqual([
        'group.create',
        'domain.archive',
        'domain.register',
      ]);
      expect(body.items[0]).toMatchObject({ actorLabel: 'admin@api.test', clientAddress: '192.0.2.1' });
    }
  });

  it('filters, pages with a cursor, and refuses a malformed filter or cursor (400)', async () => {
    const as = { token: tokens.admin };
    const first = await (await call(listAuditEvents, '/audit-events?action=domain.&limit=1', as)).json();
    expect(first.items.map((item: { action: string }) => item.action)).toEqual(['domain.archive']);
    const next = await call(
      listAuditEvents,
      `/audit-events?action=domain.&limit=1&cursor=${first.nextCursor}`,
      as,
    );
    const second = await next.json();
    expect(second).toMatchObject({ items: [{ action: 'domain.register' }], nextCursor: null });
    const created = await (
      await call(listAuditEvents, '/audit-events?targetType=api-token&actor=editor@api.test', as)
    ).json();
    expect(created.items).toMatchObject([{ action: 'api-token.create', targetLabel: 'editor token' }]);
    for (const query of ['action=DROP%25', 'from=yesterday', 'cursor=bm9wZQ', 'limit=0']) {
      const refused = await call(listAuditEvents, `/audit-events?${query}`, as);
      expect(refused.status, query).toBe(400);
    }
  });
});

describe('GET /api/v1/exports/audit-events', () => {
  it('streams the filtered entries as CSV with formulas neutralised', async () => {
    const response = await call(exportAuditEvents, '/exports/audit-events?action=domain.', {
      session: sessions.admin,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="kensa-audit-log-\d{8}-\d{4}\.csv"$/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('time,timeUtc,action,actor,')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(lines[1]).toContain('"{""label"":""=HYPERLINK(');
    expect(text).not.toContain(',=HYPERLINK');
    const all = await (
      await call(exportAuditEvents, '/exports/audit-events', { token: tokens.admin })
    ).text();
    expect(all).toContain(",'@SUM(1+1),");
  });
});
