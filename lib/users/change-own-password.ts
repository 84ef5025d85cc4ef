import type { PrismaClient } from '@/generated/prisma/client';
import { actorOfUser } from '@/lib/audit-log/actor-of-user';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { checkPasswordPolicy, type PasswordWeakness } from '@/lib/auth/password-policy';
import { prisma } from '@/lib/db';

export type ChangeOwnPasswordResult =
  | { ok: true }
  | { ok: false; code: 'wrong_password' | 'busy' }
  | { ok: false; code: 'weak_password'; reason: PasswordWeakness };

/**
 * A user's change of their own password, proven by the current one. Every session of the user ends,
 * this one included: another browser may be the reason for the change, and the caller opens a fresh
 * session (a new token) for this browser rather than keeping one that predates the change.
 */
export async function changeOwnPassword(
  user: { id: string; email: string; name: string | null },
  passwords: { current: string; next: string },
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<ChangeOwnPasswordResult> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  // 'busy': too many hashes in this process right now (lib/auth/hash-slots.ts); never a pass.
  const verdict = await verifyPassword(row.passwordHash, passwords.current);
  if (verdict !== true) return { ok: false, code: verdict === 'busy' ? 'busy' : 'wrong_password' };
  const policy = checkPasswordPolicy(passwords.next, user);
  if (!policy.ok) return { ok: false, code: 'weak_password', reason: policy.reason };
  const passwordHash = await hashPassword(passwords.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.userToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await recordAuditEvent(
      actorOfUser(user),
      { action: 'user.change-password', target: { type: 'user', id: user.id, label: user.email } },
      tx,
    );
  });
  return { ok: true };
}
