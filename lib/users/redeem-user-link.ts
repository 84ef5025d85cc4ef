import type { PrismaClient } from '@/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { checkPasswordPolicy, type PasswordWeakness } from '@/lib/auth/password-policy';
import { prisma } from '@/lib/db';
import { findUserLink } from './find-user-link';
import type { UserLinkKind } from './user-link-secret';

export type RedeemUserLinkResult =
  | { ok: true; userId: string; email: string }
  | { ok: false; code: 'invalid_link' }
  | { ok: false; code: 'weak_password'; reason: PasswordWeakness };

/**
 * Sets the password a one-time link was issued for and spends the link: the spend is a conditional
 * update, so of two submissions of one link only one succeeds. Every session of the user ends (a
 * reset is often a sign the old password leaked); the caller then signs this browser in.
 * An invitation may also set the name the invitee gives.
 */
export async function redeemUserLink(
  input: {
    token: string;
    kind: UserLinkKind;
    password: string;
    name?: string | null;
    /** Where the link was used from, for the audit entry. */
    clientAddress?: string | null;
  },
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<RedeemUserLinkResult> {
  const link = await findUserLink(input.token, input.kind, { db, now });
  if (!link) return { ok: false, code: 'invalid_link' };
  const policy = checkPasswordPolicy(input.password, { email: link.email, name: input.name ?? link.name });
  if (!policy.ok) return { ok: false, code: 'weak_password', reason: policy.reason };
  const passwordHash = await hashPassword(input.password);
  const spent = await db.$transaction(async (tx) => {
    const spend = await tx.userToken.updateMany({
      where: {
        id: link.id,
        usedAt: null,
        expiresAt: { gt: now },
        user: { disabledAt: null, deletedAt: null },
      },
      data: { usedAt: now },
    });
    if (spend.count !== 1) return false;
    const name = input.kind === 'invite' && input.name ? { name: input.name } : {};
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash, ...name } });
    await tx.session.deleteMany({ where: { userId: link.userId } });
    await tx.userToken.deleteMany({ where: { userId: link.userId, usedAt: null } });
    await recordAuditEvent(
      { userId: link.userId, label: link.email, clientAddress: input.clientAddress ?? null },
      {
        action: input.kind === 'invite' ? 'user.accept-invite' : 'user.reset-password',
        target: { type: 'user', id: link.userId, label: link.email },
      },
      tx,
    );
    return true;
  });
  return spent ? { ok: true, userId: link.userId, email: link.email } : { ok: false, code: 'invalid_link' };
}
