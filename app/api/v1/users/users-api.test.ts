import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
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

let scratch: ScratchDatabase;
let db: PrismaClient;
let routes: {
  users: typeof import('./route');
  user: typeof import('./[id]/route');
  links: typeof import('./[id]/links/route');
};
let tokens: RoleTokens;

beforeAll(async () => {
  ({ scratch, tokens } = await createRouteTestDatabase('users_api'));
  db = scratch.db;
  delete process.env.KENSA_SMTP_URL;
  routes = {
    users: await import('./route'),
    user: await import('./[id]/route'),
    links: await import('./[id]/links/route'),
  };
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const call = (handler: RouteHandler, as: keyof RoleTokens, method: string, body?: unknown, id?: string) =>
  callWithToken(handler, tokens[as], method, '/users', { body, id });

describe('/api/v1/users', () => {
  it('answers 403 to viewer and editor tokens, and to an admin’s read token for writes', async () => {
    expect((await call(routes.users.GET, 'viewer', 'GET')).status).toBe(403);
    expect((await call(routes.users.GET, 'editor', 'GET')).status).toBe(403);
    const invite = { email: 'nope@users.test', role: 'viewer' };
    expect((await call(routes.users.POST, 'editor', 'POST', invite)).json.error.code).toBe('forbidden');
    expect((await call(routes.users.POST, 'adminRead', 'POST', invite)).status).toBe(403);
    expect((await call(routes.users.GET, 'adminRead', 'GET')).status).toBe(200);
    expect(await db.user.count({ where: { email: 'nope@users.test' } })).toBe(0);
  });

  it('lets an admin token invite, change, re-link and delete a user', async () => {
    const invited = await call(routes.users.POST, 'admin', 'POST', {
      email: 'Api@Users.test',
      role: 'viewer',
    });
    expect(invited.status).toBe(201);
    expect(invited.json).toMatchObject({ email: 'api@users.test', status: 'invited', groups: [] });
    expect(invited.json.link).toMatchObject({ kind: 'invite', mail: 'not_configured' });
    expect(invited.json.link.url).toMatch(/\/welcome\/[A-Za-z0-9_-]{43}$/);
    const id: string = invited.json.id;
    expect(
      (await call(routes.users.POST, 'admin', 'POST', { email: 'api@users.test', role: 'viewer' })).json.error
        .code,
    ).toBe('email_taken');
    const listed = await call(routes.users.GET, 'admin', 'GET');
    expect(listed.json.items.map((u: { email: string }) => u.email)).toContain('api@users.test');
    expect(JSON.stringify(listed.json)).not.toMatch(/argon2|passwordHash|tokenHash/);

    const patched = await call(routes.user.PATCH, 'admin', 'PATCH', { role: 'editor', disabled: true }, id);
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ role: 'editor', status: 'disabled' });
    expect((await call(routes.links.POST, 'admin', 'POST', undefined, id)).json.error.code).toBe('disabled');
    await call(routes.user.PATCH, 'admin', 'PATCH', { disabled: false }, id);
    const link = await call(routes.links.POST, 'admin', 'POST', undefined, id);
    expect(link.status).toBe(201);
    expect(link.json).toMatchObject({ kind: 'invite', mail: 'not_configured' });

    expect((await call(routes.user.DELETE, 'admin', 'DELETE', undefined, id)).status).toBe(204);
    expect((await call(routes.user.GET, 'admin', 'GET', undefined, id)).status).toBe(404);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: 'user.delete' } });
    expect(audit.tokenId).not.toBeNull();
    expect(audit.actorLabel).toMatch(/^admin-/);
  });

  it('refuses to demote the last admin with 409 last_admin', async () => {
    const admins = await db.user.findMany({ where: { role: 'admin' }, select: { id: true } });
    expect(admins).toHaveLength(1);
    const id = admins[0]?.id as string;
    const refused = await call(routes.user.PATCH, 'admin', 'PATCH', { role: 'viewer' }, id);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('last_admin');
    expect((await call(routes.user.DELETE, 'admin', 'DELETE', undefined, id)).status).toBe(409);
  });
});
