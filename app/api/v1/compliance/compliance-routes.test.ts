import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import type { ApiPrincipal } from '@/lib/api/v1/api-principal';
import { viewerOfToken } from '@/lib/auth/viewer';
import { syncBuiltinProfiles } from '@/lib/compliance/sync-builtin-profiles';
import { closeQueues, maintenanceQueue } from '@/lib/queue';
import { customProfileDefinition } from '@/testing/compliance/custom-profile-definition';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

let principal: ApiPrincipal;
vi.mock('@/lib/api/v1/authenticate-request', () => ({ authenticateRequest: async () => principal }));
const profilesRoute = await import('./profiles/route');
const profileRoute = await import('./profiles/[id]/route');
const groupProfilesRoute = await import('../groups/[id]/compliance-profiles/route');
const groupComplianceRoute = await import('../groups/[id]/compliance/route');

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;
let otherGroupId: string;

const token = (canWrite: boolean, groupIds: string[] | null): ApiPrincipal => ({
  kind: 'token',
  tokenId: randomUUID(),
  tokenName: 'test',
  userId: randomUUID(),
  userEmail: 'api@kensa.test',
  scope: canWrite ? 'write' : 'read',
  canWrite,
  expiresAt: new Date(Date.now() + 86_400_000),
  viewer: viewerOfToken(randomUUID(), 'admin', groupIds),
});
const call = (
  handler: (r: Request, c: never) => Promise<Response>,
  url: string,
  params: object,
  body?: unknown,
) =>
  handler(
    new Request(`http://kensa.test/api/v1${url}`, {
      method:
        body === undefined
          ? 'GET'
          : url.startsWith('/compliance/profiles/') || url.endsWith('-profiles')
            ? 'PUT'
            : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) } as never,
  );

const definition = customProfileDefinition();

beforeAll(async () => {
  scratch = await createScratchDatabase('api_compliance');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  await syncBuiltinProfiles(db);
  groupId = (await db.group.create({ data: { name: 'ministries' } })).id;
  otherGroupId = (await db.group.create({ data: { name: 'others' } })).id;
}, 120_000);

afterAll(async () => {
  await maintenanceQueue().obliterate({ force: true });
  await closeQueues();
  await scratch?.drop();
});

describe('/api/v1 compliance', () => {
  it("lists the profiles, and lets a group follow one, within the token's scope", async () => {
    principal = token(true, [groupId]);
    const list = await call(profilesRoute.GET, '/compliance/profiles', {});
    const { items } = (await list.json()) as { items: Array<{ id: string; builtinKey: string }> };
    expect(items.map((p) => p.builtinKey)).toEqual([
      'cisa-bod-18-01',
      'jp-dmarc-guideline-2024',
      'jp-government-baseline',
    ]);
    const ids = [items[0]?.id];
    const set = await call(
      groupProfilesRoute.PUT,
      `/groups/${groupId}/compliance-profiles`,
      { id: groupId },
      { profileIds: ids },
    );
    expect(await set.json()).toEqual({ changed: true });
    const other = await call(
      groupProfilesRoute.PUT,
      `/groups/${otherGroupId}/compliance-profiles`,
      { id: otherGroupId },
      { profileIds: ids },
    );
    expect(other.status).toBe(404);
    const standing = await call(groupComplianceRoute.GET, `/groups/${groupId}/compliance`, { id: groupId });
    expect(await standing.json()).toMatchObject({
      group: { id: groupId },
      profiles: [{ version: 1, day: null }],
    });
    expect(
      (await call(groupComplianceRoute.GET, `/groups/${otherGroupId}/compliance`, { id: otherGroupId }))
        .status,
    ).toBe(404);
  });

  it('lets an unscoped admin create and edit a custom profile, refusing built-ins, bad definitions and scoped tokens', async () => {
    principal = token(true, null);
    const created = await call(profilesRoute.POST, '/compliance/profiles', {}, { definition });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const edited = await call(profileRoute.PUT, `/compliance/profiles/${id}`, { id }, { definition });
    expect(await edited.json()).toEqual({ id, version: 2 });
    const builtin = await db.complianceProfile.findFirstOrThrow({ where: { builtinKey: { not: null } } });
    const refused = await call(
      profileRoute.PUT,
      `/compliance/profiles/${builtin.id}`,
      { id: builtin.id },
      { definition },
    );
    expect(refused.status).toBe(409);
    const bad = await call(
      profilesRoute.POST,
      '/compliance/profiles',
      {},
      { definition: { ...definition, requirements: [] } },
    );
    expect(bad.status).toBe(400);
    principal = token(true, [groupId]);
    expect((await call(profilesRoute.POST, '/compliance/profiles', {}, { definition })).status).toBe(403);
  });
});
