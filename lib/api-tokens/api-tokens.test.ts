import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { actorOf } from '@/lib/audit-log/actor-of';
import { systemViewer } from '@/lib/auth/viewer';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { API_TOKEN_PATTERN, hashApiToken } from './api-token-secret';
import { createApiToken, createApiTokenInput } from './create-api-token';
import { findApiToken } from './find-api-token';
import { listApiTokens } from './list-api-tokens';
import { revokeApiToken } from './revoke-api-token';

let scratch: ScratchDatabase;
let db: PrismaClient;
let adminId: string;
const DAY = 86_400_000;
const admin = () => actorOf({ id: adminId, email: 'admin@tokens.test' }, null);

beforeAll(async () => {
  scratch = await createScratchDatabase('api_tokens');
  db = scratch.db;
  const admin = await db.user.create({
    data: { email: 'admin@tokens.test', passwordHash: 'x', role: 'admin' },
    select: { id: true },
  });
  adminId = admin.id;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('API tokens', () => {
  it('creates a 256-bit token and stores only its SHA-256 and a display prefix', async () => {
    const created = await createApiToken({ name: 'nightly', scope: 'read', expiresInDays: 365 }, admin(), db);
    expect(created.token).toMatch(API_TOKEN_PATTERN);
    expect(Buffer.from(created.token.slice('kensa_'.length), 'base64url')).toHaveLength(32);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(row).some((value) => value === created.token)).toBe(false);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(365 * DAY);
    const other = await createApiToken({ name: 'other', scope: 'read', expiresInDays: 30 }, admin(), db);
    expect(other.token).not.toBe(created.token);
  });

  it('finds a valid token, refreshes lastUsedAt at most once a minute, and refuses unknown ones', async () => {
    const { token, id, expiresAt } = await createApiToken(
      { name: 'writer', scope: 'write', expiresInDays: 90 },
      admin(),
      db,
    );
    const t0 = new Date();
    expect(await findApiToken(token, db, t0)).toEqual({
      id,
      name: 'writer',
      scope: 'write',
      createdById: adminId,
      creatorEmail: 'admin@tokens.test',
      creatorRole: 'admin',
      groupIds: null,
      expiresAt,
      canWrite: true,
    });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0);
    await findApiToken(token, db, new Date(t0.getTime() + 30_000));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0);
    // A well-formed token one character off: always a different token, refused by its hash.
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(tampered).toMatch(API_TOKEN_PATTERN);
    expect(await findApiToken(tampered, db)).toBeNull();
    expect(await findApiToken('not-a-token', db)).toBeNull();
  });

  it("follows its creator's role on every call: a demotion narrows it at once, a promotion widens it", async () => {
    const user = await db.user.create({
      data: { email: 'demoted@tokens.test', passwordHash: 'x', role: 'admin' },
      select: { id: true },
    });
    const write = await createApiToken(
      { name: 'w', scope: 'write', expiresInDays: 30 },
      actorOf({ id: user.id, email: 'demoted@tokens.test' }, null),
      db,
    );
    const read = await createApiToken(
      { name: 'r', scope: 'read', expiresInDays: 30 },
      actorOf({ id: user.id, email: 'demoted@tokens.test' }, null),
      db,
    );
    const setRole = (role: 'viewer' | 'editor' | 'admin') =>
      db.user.update({ where: { id: user.id }, data: { role } });
    expect(await findApiToken(write.token, db)).toMatchObject({ creatorRole: 'admin', canWrite: true });
    expect((await findApiToken(read.token, db))?.canWrite).toBe(false);
    await setRole('editor');
    expect(await findApiToken(write.token, db)).toMatchObject({ creatorRole: 'editor', canWrite: true });
    await setRole('viewer');
    expect(await findApiToken(write.token, db)).toMatchObject({
      scope: 'write',
      creatorRole: 'viewer',
      canWrite: false,
    });
    await setRole('editor');
    expect((await findApiToken(write.token, db))?.canWrite).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findApiToken(write.token, db)).toBeNull();
    expect(await findApiToken(read.token, db)).toBeNull();
  });

  it('cannot be made without an expiry, nor for more than a year', () => {
    const input = (expiresInDays: unknown) =>
      createApiTokenInput.safeParse({ name: 'n', scope: 'read', expiresInDays }).success;
    expect([30, 90, 365].map(input)).toEqual([true, true, true]);
    expect([null, undefined, 'none', 0, 366, 400, 36500].map(input)).toEqual(Array(7).fill(false));
  });

  it('expires after the chosen number of days', async () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const created = await createApiToken(
      { name: 'month', scope: 'read', expiresInDays: 30 },
      admin(),
      db,
      now,
    );
    expect(created.expiresAt).toEqual(new Date(now.getTime() + 30 * DAY));
    expect(await findApiToken(created.token, db, new Date(now.getTime() + 30 * DAY - 1))).not.toBeNull();
    expect(await findApiToken(created.token, db, new Date(now.getTime() + 30 * DAY))).toBeNull();
  });

  it('revokes once, and a revoked token no longer authenticates but stays listed', async () => {
    const created = await createApiToken({ name: 'leaked', scope: 'write', expiresInDays: 90 }, admin(), db);
    expect(await revokeApiToken(created.id, admin(), db)).toBe(true);
    expect(await revokeApiToken(created.id, admin(), db)).toBe(false);
    expect(await findApiToken(created.token, db)).toBeNull();
    const listed = (await listApiTokens(systemViewer(), db)).find((t) => t.id === created.id);
    expect(listed).toMatchObject({ name: 'leaked', scope: 'write', createdBy: 'admin@tokens.test' });
    expect(listed?.revokedAt).toBeInstanceOf(Date);
    expect(listed).not.toHaveProperty('tokenHash');
  });
});
