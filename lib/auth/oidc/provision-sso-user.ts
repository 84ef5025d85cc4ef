import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import type { SsoIdentity } from './map-oidc-claims';

/**
 * The password hash of an account made by SSO: not an Argon2 string, so no password ever matches
 * it (verifyPassword answers false for a malformed hash), and it says where the account came from.
 */
export const SSO_ONLY_PASSWORD_HASH = '!sso';

export type SsoUserRefusal = 'no-role' | 'no-group' | 'unknown-user' | 'disabled' | 'deleted';

export type ProvisionResult =
  | { ok: true; userId: string; created: boolean }
  | { ok: false; code: SsoUserRefusal; userId: string | null; detail: string | null };

type Tx = Prisma.TransactionClient;
/** The scope rows to write: null keeps the current ones; [] is every domain (scopeOf). */
type ScopeRows = { groupIds: string[] | null; missing: string[] };

/**
 * The account an SSO sign-in signs into. With a role mapping the provider decides: the role (and,
 * with a group mapping, the scope) is set from the claims at every sign-in, an unknown e-mail gets
 * an account just in time, and claims that grant no role (or no group) are refused even for an
 * existing account, so removing someone from the provider's group removes their access. Without a
 * role mapping only existing accounts sign in, keeping the role and scope set in Kensa. Disabled
 * and deleted accounts are refused. Changes are audited in their own transaction.
 */
export async function provisionSsoUser(
  identity: SsoIdentity,
  db: PrismaClient = prisma,
): Promise<ProvisionResult> {
  try {
    return await db.$transaction((tx) => provisionIn(tx, identity));
  } catch (error) {
    // Two first sign-ins of one person at once: the loser finds the account the winner made.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    return db.$transaction((tx) => provisionIn(tx, identity));
  }
}

async function provisionIn(tx: Tx, identity: SsoIdentity): Promise<ProvisionResult> {
  const user = await tx.user.findUnique({
    where: { email: identity.email },
    select: {
      id: true,
      role: true,
      disabledAt: true,
      deletedAt: true,
      groupScopes: { select: { groupId: true } },
    },
  });
  const refuse = (code: SsoUserRefusal, detail: string | null = null) =>
    ({ ok: false, code, userId: user?.id ?? null, detail }) as const;
  if (user?.deletedAt) return refuse('deleted');
  if (user?.disabledAt) return refuse('disabled');
  if (identity.role === null) return refuse('no-role');
  const scope = await scopeRows(tx, identity.groups);
  if (scope === 'none') {
    const named = Array.isArray(identity.groups) ? identity.groups.join(', ') : '';
    return refuse('no-group', named ? `no Kensa group named ${named}` : null);
  }
  if (!user && identity.role === undefined) return refuse('unknown-user');
  const target = (id: string) => ({ type: 'user', id, label: identity.email });
  if (!user) {
    const role = identity.role as NonNullable<SsoIdentity['role']>;
    const { id } = await tx.user.create({
      data: { email: identity.email, name: identity.name, role, passwordHash: SSO_ONLY_PASSWORD_HASH },
      select: { id: true },
    });
    await writeScope(tx, id, scope.groupIds ?? []);
    const after = { role, groups: scope.groupIds ?? [], missingGroups: scope.missing };
    await recordAuditEvent(
      { userId: id, label: identity.email },
      { action: 'user.sso-create', target: target(id), after },
      tx,
    );
    return { ok: true, userId: id, created: true };
  }
  const before = { role: user.role, groups: user.groupScopes.map((row) => row.groupId).sort() };
  const after = { role: identity.role ?? user.role, groups: scope.groupIds ?? before.groups };
  if (after.role !== before.role || after.groups.join() !== before.groups.join()) {
    await tx.user.update({ where: { id: user.id }, data: { role: after.role } });
    await writeScope(tx, user.id, after.groups);
    await recordAuditEvent(
      { userId: user.id, label: identity.email },
      {
        action: 'user.sso-update',
        target: target(user.id),
        before,
        after: { ...after, missingGroups: scope.missing },
      },
      tx,
    );
  }
  return { ok: true, userId: user.id, created: false };
}

/**
 * The scope the mapped group names give, or 'none' when a group mapping grants no existing group.
 * Names that no group has are dropped (a narrower scope, never a wider one) and reported.
 */
async function scopeRows(tx: Tx, groups: SsoIdentity['groups']): Promise<ScopeRows | 'none'> {
  if (groups === undefined) return { groupIds: null, missing: [] };
  if (groups === 'all') return { groupIds: [], missing: [] };
  const found = await tx.group.findMany({
    where: { name: { in: groups } },
    select: { id: true, name: true },
  });
  if (found.length === 0) return 'none';
  const missing = groups.filter((name) => !found.some((group) => group.name === name));
  return { groupIds: found.map((group) => group.id).sort(), missing };
}

async function writeScope(tx: Tx, userId: string, groupIds: string[]): Promise<void> {
  await tx.userGroupScope.deleteMany({ where: { userId } });
  if (groupIds.length > 0)
    await tx.userGroupScope.createMany({ data: groupIds.map((groupId) => ({ userId, groupId })) });
}
