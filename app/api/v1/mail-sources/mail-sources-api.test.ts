import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { mboxText, messageText } from '@/testing/received-mail/mail-text';
import type { ScratchDatabase } from '@/testing/scratch-database';
import { createRouteTestDatabase, type RoleTokens, type RouteHandler } from '../testing/route-test-database';

vi.mock('@/lib/api/v1/rate-limit', async (original) => ({
  ...(await original<typeof import('@/lib/api/v1/rate-limit')>()),
  takeRateLimit: async () => ({ allowed: true, limit: 600, remaining: 600, resetSeconds: 60 }),
}));

/** /api/v1/mail-sources on a real database: who may do what, and an upload end to end. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let routes: {
  list: typeof import('./route');
  one: typeof import('./[id]/route');
  ingests: typeof import('./[id]/ingests/route');
  messages: typeof import('./[id]/messages/route');
};
let tokens: RoleTokens;

beforeAll(async () => {
  ({ scratch, tokens } = await createRouteTestDatabase('mail_sources_api'));
  db = scratch.db;
  routes = {
    list: await import('./route'),
    one: await import('./[id]/route'),
    ingests: await import('./[id]/ingests/route'),
    messages: await import('./[id]/messages/route'),
  };
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

async function call(
  handler: RouteHandler,
  as: keyof typeof tokens,
  method: string,
  {
    id,
    path = '',
    body,
    type = 'application/json',
  }: { id?: string; path?: string; body?: BodyInit; type?: string } = {},
) {
  const url = `http://kensa.test/api/v1/mail-sources${id ? `/${id}` : ''}${path}`;
  const headers: Record<string, string> = { Authorization: `Bearer ${tokens[as]}` };
  if (type) headers['Content-Type'] = type;
  const request = new Request(url, { method, headers, body, duplex: 'half' } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(id ? { id } : {}) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

const json = (value: unknown) => JSON.stringify(value);

const message = (id: string, authres: string, received = 'Mon, 5 Jan 2026 10:00:00 +0900') =>
  messageText({ messageId: id, received: [received], authResults: [authres], from: 'Sender <a@example.jp>' });
const PASS =
  'MX.Carrier.test; spf=pass smtp.mailfrom=b@example.jp; dkim=pass header.d=example.jp; dmarc=pass';

describe('/api/v1/mail-sources', () => {
  it('lets every token read, and only an admin’s read-write token change', async () => {
    const body = json({ name: 'Carrier', trustedAuthservIds: ['MX.Carrier.test', 'mx.carrier.test'] });
    expect((await call(routes.list.POST, 'editor', 'POST', { body })).status).toBe(403);
    expect((await call(routes.list.POST, 'adminRead', 'POST', { body })).status).toBe(403);
    const created = await call(routes.list.POST, 'admin', 'POST', { body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'Carrier',
      description: '',
      trustedAuthservIds: ['mx.carrier.test'],
      useReceivedSpf: false,
      totals: { counted: 0, untrusted: 0, duplicates: 0, malformed: 0 },
      lastIngestAt: null,
    });
    const listed = await call(routes.list.GET, 'viewer', 'GET');
    expect(listed.json.items.map((s: { name: string }) => s.name)).toEqual(['Carrier']);
    const audit = await db.auditEvent.findMany({ where: { action: 'mail-source.create' } });
    expect(audit).toHaveLength(1);
  });

  it('refuses invalid input, a taken name and a change by an editor, and records only real changes', async () => {
    const bad = [
      { name: '', trustedAuthservIds: ['mx.a.test'] },
      { name: 'X', trustedAuthservIds: [] },
      { name: 'X', trustedAuthservIds: ['two words'] },
      { name: 'X', trustedAuthservIds: Array.from({ length: 21 }, (_, i) => `mx${i}.test`) },
      { name: 'X', trustedAuthservIds: ['mx.a.test'], extra: true },
    ];
    for (const body of bad)
      expect((await call(routes.list.POST, 'admin', 'POST', { body: json(body) })).status).toBe(400);
    const taken = await call(routes.list.POST, 'admin', 'POST', {
      body: json({ name: 'Carrier', trustedAuthservIds: ['x.test'] }),
    });
    expect([taken.status, taken.json.error.code]).toEqual([409, 'name_taken']);
    const [source] = (await call(routes.list.GET, 'viewer', 'GET')).json.items;
    const patch = json({ useReceivedSpf: true, description: 'Carrier A’s MX' });
    expect((await call(routes.one.PATCH, 'editor', 'PATCH', { id: source.id, body: patch })).status).toBe(
      403,
    );
    const changed = await call(routes.one.PATCH, 'admin', 'PATCH', { id: source.id, body: patch });
    expect(changed.json).toMatchObject({
      name: 'Carrier',
      useReceivedSpf: true,
      trustedAuthservIds: ['mx.carrier.test'],
    });
    await call(routes.one.PATCH, 'admin', 'PATCH', { id: source.id, body: patch });
    const updates = await db.auditEvent.findMany({ where: { action: 'mail-source.update' } });
    expect(updates.map((u) => u.after)).toEqual([{ useReceivedSpf: true, description: 'Carrier A’s MX' }]);
  });

  it('reads a streamed mbox and a multipart Maildir into the source, once per Message-ID', async () => {
    const [source] = (await call(routes.list.GET, 'viewer', 'GET')).json.items;
    const mbox = mboxText([
      message('1@x', PASS),
      message('2@x', 'mx.carrier.test; spf=fail smtp.mailfrom=b@other.example'),
      message('3@x', 'forged.example; spf=pass'),
      messageText({ messageId: '4@x', authResults: [PASS] }),
      message('1@x', PASS),
    ]);
    const mboxBody = new Blob([mbox]).stream();
    const forbidden = await call(routes.messages.POST, 'editor', 'POST', {
      id: source.id,
      body: 'x',
      type: '',
    });
    expect(forbidden.status).toBe(403);
    const read = await call(routes.messages.POST, 'admin', 'POST', {
      id: source.id,
      path: '/messages?name=inbox.mbox',
      body: mboxBody,
      type: 'application/mbox',
    });
    expect(read.json).toMatchObject({
      files: 1,
      messages: 5,
      counted: 2,
      untrusted: 1,
      duplicates: 1,
      malformed: 1,
    });

    const form = new FormData();
    form.append('file', new Blob([message('5@x', PASS)]), '1733.M1P2.host:2,S');
    form.append('file', new Blob([message('1@x', PASS)]), 'again.eml');
    form.append('file', new Blob(['\n\nno header']), 'junk');
    const maildir = await call(routes.messages.POST, 'admin', 'POST', {
      id: source.id,
      path: '/messages?name=Maildir',
      body: form,
      type: '',
    });
    expect(maildir.json).toMatchObject({ files: 3, messages: 3, counted: 1, duplicates: 1, malformed: 1 });

    const history = await call(routes.ingests.GET, 'viewer', 'GET', { id: source.id });
    expect(history.json.items.map((i: { label: string; counted: number }) => [i.label, i.counted])).toEqual([
      ['Maildir', 1],
      ['inbox.mbox', 2],
    ]);
    const one = await call(routes.one.GET, 'viewer', 'GET', { id: source.id });
    expect(one.json.totals).toEqual({ counted: 3, untrusted: 1, duplicates: 2, malformed: 2 });
    const rows = await db.mailDailyAggregate.findMany({
      where: { sourceId: source.id },
      orderBy: { spf: 'asc' },
    });
    expect(rows.map((r) => [r.senderDomain, r.spf, r.messages])).toEqual([
      ['other.example', 'fail', 1],
      ['example.jp', 'pass', 2],
    ]);
  });

  it('deletes a source with what was read into it', async () => {
    const [source] = (await call(routes.list.GET, 'viewer', 'GET')).json.items;
    expect((await call(routes.one.DELETE, 'editor', 'DELETE', { id: source.id })).status).toBe(403);
    expect((await call(routes.one.DELETE, 'admin', 'DELETE', { id: source.id })).status).toBe(204);
    expect((await call(routes.one.GET, 'viewer', 'GET', { id: source.id })).status).toBe(404);
    expect(await db.mailSeenMessage.count()).toBe(0);
    expect(await db.mailIngest.count()).toBe(0);
    const [deleted] = await db.auditEvent.findMany({ where: { action: 'mail-source.delete' } });
    expect(deleted?.before).toMatchObject({ name: 'Carrier', countedMessages: 3 });
  });
});
