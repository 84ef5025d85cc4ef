import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { checkPasswordPolicy, type PasswordWeakness } from '@/lib/auth/password-policy';
import { prisma } from '@/lib/db';

export type ChangeOwnPasswordResult =
  | { ok: true }
  | { ok: false; code: 'wrong_password' | 'busy' }
  | { ok: false; code: 'weak_password'; reason: PasswordWeakness };

/**
 * A user's change of their own password (`actor` is the signed-in user), proven by the current one.
 * Every session of the user ends, this one included: another browser may be the reason for the
 * change, and the caller opens a fresh session (a new token) for this browser rather than keeping
 * one that predates the change.
 */
export async function changeOwnPassword(
  actor: PersonActor,
  passwords: { current: string; next: string },
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<ChangeOwnPasswordResult> {
  const userId = actor.userId;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, email: true, name: true },
  });
  // 'busy': too many hashes in this process right now (lib/auth/hash-slots.ts); never a pass.
  const verdict = await verifyPassword(user.passwordHash, passwords.current);
  if (verdict !== true) return { ok: false, code: verdict === 'busy' ? 'busy' : 'wrong_password' };
  const policy = checkPasswordPolicy(passwords.next, user);
  if (!policy.ok) return { ok: false, code: 'weak_password', reason: policy.reason };
  const passwordHash = await hashPassword(passwords.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.userToken.deleteMany({ where: { userId, usedAt: null } });
    const target = { type: 'user', id: userId, label: user.email };
    await recordAuditEvent(actor, { action: 'user.change-password', target }, tx);
  });
  return { ok: true };
}
