import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { deliver, type TestImap, testImap } from '@/testing/imap/test-imap';
import type { ScratchDatabase } from '@/testing/scratch-database';
import {
  callWithToken,
  createRouteTestDatabase,
  type RoleTokens,
  type RouteHandler,
} from '../testing/route-test-database';

vi.mock('@/lib/api/v1/rate-limit', async (original) => ({
  ...(await original<typeof import('@/lib/api/v1/rate-limit')>()),
  takeRateLimit: async () => ({ allowed: true, limit: 600, remaining: 600, resetSeconds: 60 }),
}));

/** /api/v1/mailboxes with admin tokens, on a real database, testing connections to the real Dovecot. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let imap: TestImap;
let sourceId: string;
let routes: {
  list: typeof import('./route');
  one: typeof import('./[id]/route');
  test: typeof import('./[id]/test/route');
};
let tokens: RoleTokens;

beforeAll(async () => {
  ({ scratch, tokens } = await createRouteTestDatabase('mailboxes_api'));
  db = scratch.db;
  imap = await testImap();
  process.env.KENSA_IMAP_CA_FILE = imap.caFile;
  sourceId = (
    await db.mailSource.create({ data: { name: 'API mailbox', trustedAuthservIds: ['mx.kensa.test'] } })
  ).id;
  routes = {
    list: await import('./route'),
    one: await import('./[id]/route'),
    test: await import('./[id]/test/route'),
  };
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const call = (handler: RouteHandler, as: keyof RoleTokens, method: string, body?: unknown, id?: string) =>
  callWithToken(handler, tokens[as], method, '/mailboxes', { body, id });

describe('/api/v1/mailboxes', () => {
  it('lets an admin add, test, change and delete a mailbox, never showing the password, each change logged', async () => {
    const user = await imap.addUser('api-mailbox');
    await deliver(imap, user, 'INBOX', ['Subject: waiting\n\nbody\n']);
    const body = {
      name: 'Carrier inbox',
      host: imap.host,
      port: imap.port,
      tlsMode: 'tls',
      username: user.username,
      password: user.password,
      purpose: 'received-mail',
      mailSourceId: sourceId,
    };
    expect((await call(routes.list.POST, 'editor', 'POST', body)).status).toBe(403);
    const created = await call(routes.list.POST, 'admin', 'POST', body);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'Carrier inbox',
      folder: 'INBOX',
      processedFolder: 'Processed',
      intervalMinutes: 15,
      enabled: true,
      mailSourceName: 'API mailbox',
      lastPullStatus: null,
    });
    const id: string = created.json.id;
    const stored = await db.mailboxAccount.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordSealed).toMatch(/^(v1|plain)\./);

    expect((await call(routes.test.POST, 'admin', 'POST', undefined, id)).json).toEqual({
      ok: true,
      messages: 1,
      error: null,
    });

    const renamed = await call(
      routes.one.PATCH,
      'admin',
      'PATCH',
      { password: 'wrong', intervalMinutes: 5 },
      id,
    );
    expect(renamed.json).toMatchObject({ intervalMinutes: 5 });
    const failed = await call(routes.test.POST, 'admin', 'POST', undefined, id);
    expect(failed.json).toMatchObject({
      ok: false,
      messages: null,
      error: expect.stringMatching(/^login refused/),
    });

    const listed = await call(routes.list.GET, 'admin', 'GET');
    expect(listed.json.purposes).toContain('received-mail');
    expect(listed.json.items).toHaveLength(1);
    for (const answer of [created, renamed, listed]) {
      expect(answer.text).not.toContain(user.password);
      expect(answer.text).not.toMatch(/password"?\s*:|passwordSealed|"wrong"/);
    }

    expect((await call(routes.one.DELETE, 'admin', 'DELETE', undefined, id)).status).toBe(204);
    expect((await call(routes.one.GET, 'admin', 'GET', undefined, id)).status).toBe(404);
    const events = await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['mailbox.create', 'mailbox.update', 'mailbox.delete']);
    expect(events[1]?.after).toEqual({ intervalMinutes: 5, passwordChanged: true });
    expect(JSON.stringify(events)).not.toContain(user.password);
  });

  it('refuses bad settings with a clear error and stores nothing', async () => {
    const base = {
      name: 'Bad',
      host: 'imap.example.jp',
      port: 993,
      tlsMode: 'tls',
      username: 'u',
      password: 'p',
    };
    const noSource = await call(routes.list.POST, 'admin', 'POST', { ...base, purpose: 'received-mail' });
    expect(noSource.status).toBe(400);
    const sameFolders = await call(routes.list.POST, 'admin', 'POST', {
      ...base,
      purpose: 'received-mail',
      mailSourceId: sourceId,
      processedFolder: 'INBOX',
    });
    expect(sameFolders.status).toBe(400);
    const unknownSource = await call(routes.list.POST, 'admin', 'POST', {
      ...base,
      purpose: 'received-mail',
      mailSourceId: '0193a000-0000-7000-8000-000000000009',
    });
    expect(unknownSource.json.error.code).toBe('no_such_source');
    expect(await db.mailboxAccount.count({ where: { name: 'Bad' } })).toBe(0);
  });
});
