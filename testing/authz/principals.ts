/**
 * Every kind of caller the authorization tests try, made for real in a (scratch or e2e) database:
 * users with sessions whose tokens the tests know (the sessions table holds only their SHA-256), and
 * API tokens made by createApiToken. Adding a kind of caller here puts it through every matrix.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { DUMMY_PASSWORD_HASH } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';
import { sessionCookie } from '@/lib/auth/session-cookie';
import { hashSessionToken, newSessionToken } from '@/lib/auth/session-token';

export const PRINCIPAL_NAMES = [
  'anonymous',
  'viewer',
  'scopedViewer',
  'editor',
  'scopedEditor',
  'admin',
  'disabledUser',
  'deletedUser',
  'readToken',
  'writeToken',
  'scopedToken',
  'viewersWriteToken',
  'revokedToken',
  'expiredToken',
] as const;
export type PrincipalName = (typeof PRINCIPAL_NAMES)[number];

/** What a caller is once authenticated; null: it is not (no credentials, or dead ones). */
export interface Grant {
  kind: 'session' | 'token';
  /** The user's role, or the role of the token's creator (a token reads as its creator). */
  role: Role;
  /** Whether it may write: an editor or admin session, a read-write token of an editor or admin. */
  write: boolean;
  /** Limited to the first group (the world's side A). */
  scoped: boolean;
}

export interface Principal {
  name: PrincipalName;
  /** The request headers that present its credentials (a cookie, or Authorization: Bearer). */
  headers: Record<string, string>;
  grant: Grant | null;
}

const DAY_MS = 86_400_000;

async function user(
  db: PrismaClient,
  name: string,
  role: Role,
  extra: { disabled?: boolean; deleted?: boolean; scope?: string } = {},
) {
  const now = new Date();
  return db.user.create({
    data: {
      email: `${name.toLowerCase()}@authz.test`,
      name,
      role,
      passwordHash: DUMMY_PASSWORD_HASH,
      disabledAt: extra.disabled ? now : null,
      deletedAt: extra.deleted ? now : null,
      groupScopes: extra.scope ? { create: [{ groupId: extra.scope }] } : undefined,
    },
    select: { id: true },
  });
}

async function session(db: PrismaClient, userId: string): Promise<Record<string, string>> {
  const token = newSessionToken();
  await db.session.create({
    data: { tokenHash: hashSessionToken(token), userId, expiresAt: new Date(Date.now() + DAY_MS) },
  });
  return { cookie: `${sessionCookie().name}=${token}` };
}

async function token(
  db: PrismaClient,
  createdById: string,
  scope: 'read' | 'write',
  extra: { groupId?: string; revoked?: boolean; expired?: boolean } = {},
): Promise<Record<string, string>> {
  const madeAt = extra.expired ? new Date(Date.now() - 60 * DAY_MS) : new Date();
  const created = await createApiToken(
    { name: `authz ${scope}`, scope, expiresInDays: extra.expired ? 30 : 90 },
    { userId: createdById, label: null },
    db,
    madeAt,
  );
  if (extra.groupId)
    await db.apiTokenGroupScope.create({ data: { tokenId: created.id, groupId: extra.groupId } });
  if (extra.revoked) await db.apiToken.update({ where: { id: created.id }, data: { revokedAt: new Date() } });
  return { authorization: `Bearer ${created.token}` };
}

/** Creates every principal; the scoped ones are limited to `scopeGroupId`. */
export async function createPrincipals(
  db: PrismaClient,
  scopeGroupId: string,
): Promise<Record<PrincipalName, Principal>> {
  const admin = await user(db, 'Admin', 'admin');
  const viewer = await user(db, 'Viewer', 'viewer');
  const made: Record<PrincipalName, [Record<string, string>, Grant | null]> = {
    anonymous: [{}, null],
    viewer: [await session(db, viewer.id), { kind: 'session', role: 'viewer', write: false, scoped: false }],
    scopedViewer: [
      await session(db, (await user(db, 'ScopedViewer', 'viewer', { scope: scopeGroupId })).id),
      { kind: 'session', role: 'viewer', write: false, scoped: true },
    ],
    editor: [
      await session(db, (await user(db, 'Editor', 'editor')).id),
      { kind: 'session', role: 'editor', write: true, scoped: false },
    ],
    scopedEditor: [
      await session(db, (await user(db, 'ScopedEditor', 'editor', { scope: scopeGroupId })).id),
      { kind: 'session', role: 'editor', write: true, scoped: true },
    ],
    admin: [await session(db, admin.id), { kind: 'session', role: 'admin', write: true, scoped: false }],
    disabledUser: [await session(db, (await user(db, 'Disabled', 'admin', { disabled: true })).id), null],
    deletedUser: [await session(db, (await user(db, 'Deleted', 'admin', { deleted: true })).id), null],
    readToken: [
      await token(db, admin.id, 'read'),
      { kind: 'token', role: 'admin', write: false, scoped: false },
    ],
    writeToken: [
      await token(db, admin.id, 'write'),
      { kind: 'token', role: 'admin', write: true, scoped: false },
    ],
    scopedToken: [
      await token(db, admin.id, 'write', { groupId: scopeGroupId }),
      { kind: 'token', role: 'admin', write: true, scoped: true },
    ],
    // A read-write token writes only while its creator may: a viewer's reads.
    viewersWriteToken: [
      await token(db, viewer.id, 'write'),
      { kind: 'token', role: 'viewer', write: false, scoped: false },
    ],
    revokedToken: [await token(db, admin.id, 'write', { revoked: true }), null],
    expiredToken: [await token(db, admin.id, 'write', { expired: true }), null],
  };
  return Object.fromEntries(
    PRINCIPAL_NAMES.map((name) => [name, { name, headers: made[name][0], grant: made[name][1] }]),
  ) as Record<PrincipalName, Principal>;
}
