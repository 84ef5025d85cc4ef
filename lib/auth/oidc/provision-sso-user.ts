import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { isLastAdmin, lockEnabledAdmins } from '@/lib/auth/lock-enabled-admins';
import { SSO_ONLY_PASSWORD_HASH } from '@/lib/auth/password-markers';
import type { Role } from '@/lib/auth/roles';
import { prisma } from '@/lib/db';
import { findSsoAccount, linkSsoIdentity, type SsoAccount } from './find-sso-account';
import type { SsoIdentity } from './map-oidc-claims';

export type SsoUserRefusal =
  | 'no-role'
  | 'no-group'
  | 'unknown-user'
  | 'disabled'
  | 'deleted'
  | 'subject-mismatch';

export type ProvisionResult =
  | { ok: true; userId: string; created: boolean }
  | { ok: false; code: SsoUserRefusal; userId: string | null; detail: string | null };

type Tx = Prisma.TransactionClient;
/** The scope rows to write: null keeps the current ones; [] is every domain (scopeOf). */
type ScopeRows = { groupIds: string[] | null; missing: string[] };

/**
 * The account an SSO sign-in signs into, found by its (issuer, subject) link or, the first time,
 * by e-mail (find-sso-account.ts). With a role mapping the provider decides: the role (and, with a
 * group mapping, the scope) is set from the claims at every sign-in, an unknown e-mail gets an
 * account just in time, and claims that grant no role (or no group) are refused even for an
 * existing account, so removing someone from the provider's group removes their access — except
 * that the last enabled admin keeps the admin role (user.sso-role-kept). Without a role mapping
 * only existing accounts sign in, keeping the role and scope set in Kensa. Disabled and deleted
 * accounts are refused. Changes are audited in their own transaction.
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
  const found = await findSsoAccount(tx, identity);
  const refuse = (code: SsoUserRefusal, userId: string | null, detail: string | null = null) =>
    ({ ok: false, code, userId, detail }) as const;
  if (found.kind === 'taken') return refuse('subject-mismatch', found.userId, 'linked to another subject');
  const user = found.kind === 'none' ? null : found.user;
  if (user?.deletedAt) return refuse('deleted', user.id);
  if (user?.disabledAt) return refuse('disabled', user.id);
  if (identity.role === null) return refuse('no-role', user?.id ?? null);
  const scope = await scopeRows(tx, identity.groups);
  if (scope === 'none') {
    const named = Array.isArray(identity.groups) ? identity.groups.join(', ') : '';
    return refuse('no-group', user?.id ?? null, named ? `no Kensa group named ${named}` : null);
  }
  if (!user) {
    if (identity.role === undefined) return refuse('unknown-user', null);
    return { ok: true, userId: await createSsoUser(tx, identity, identity.role, scope), created: true };
  }
  if (found.kind === 'by-email') await linkSsoIdentity(tx, identity, user.id);
  await updateSsoUser(tx, identity, user, scope);
  return { ok: true, userId: user.id, created: false };
}

async function createSsoUser(tx: Tx, identity: SsoIdentity, role: Role, scope: ScopeRows): Promise<string> {
  const { id } = await tx.user.create({
    data: { email: identity.email, name: identity.name, role, passwordHash: SSO_ONLY_PASSWORD_HASH },
    select: { id: true },
  });
  await linkSsoIdentity(tx, identity, id);
  await writeScope(tx, id, scope.groupIds ?? []);
  const after = { role, groups: scope.groupIds ?? [], missingGroups: scope.missing };
  await recordAuditEvent(
    { userId: id, label: identity.email },
    { action: 'user.sso-create', target: { type: 'user', id, label: identity.email }, after },
    tx,
  );
  return id;
}

/**
 * Sets the mapped role and scope of an existing account. Taking admin from the last enabled
 * unscoped admin, or limiting them to groups, is refused as in Settings → Users
 * (lockEnabledAdmins): role and scope stay, the sign-in goes on, and the audit log says so. A role change ends the account's other sessions, as an admin's does.
 */
async function updateSsoUser(tx: Tx, identity: SsoIdentity, user: SsoAccount, scope: ScopeRows) {
  const actor = { userId: user.id, label: identity.email };
  const target = { type: 'user', id: user.id, label: identity.email };
  const before = { role: user.role, groups: user.groupScopes.map((row) => row.groupId).sort() };
  const mapped = { role: identity.role ?? user.role, groups: scope.groupIds ?? before.groups };
  const losesAdministration = mapped.role !== 'admin' || mapped.groups.length > 0;
  const keep =
    user.role === 'admin' && losesAdministration && isLastAdmin(await lockEnabledAdmins(tx), user.id);
  if (keep) {
    const kept = {
      role: 'admin',
      mappedRole: mapped.role,
      mappedGroups: mapped.groups,
      reason: 'last-admin',
    };
    await recordAuditEvent(
      actor,
      { action: 'user.sso-role-kept', target, before: { role: 'admin', groups: before.groups }, after: kept },
      tx,
    );
  }
  const after = keep ? { role: 'admin' as const, groups: before.groups } : mapped;
  if (after.role === before.role && after.groups.join() === before.groups.join()) return;
  if (after.role !== before.role) {
    await tx.user.update({ where: { id: user.id }, data: { role: after.role } });
    await tx.session.deleteMany({ where: { userId: user.id } });
  }
  await writeScope(tx, user.id, after.groups);
  await recordAuditEvent(
    actor,
    { action: 'user.sso-update', target, before, after: { ...after, missingGroups: scope.missing } },
    tx,
  );
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
