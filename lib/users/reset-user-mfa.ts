import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { lockUserRow } from '@/lib/auth/lock-enabled-admins';
import { clearMfa } from '@/lib/auth/mfa/clear-mfa';
import { prisma } from '@/lib/db';

export type ResetUserMfaResult =
  | { ok: true }
  | { ok: false; code: 'not_found' | 'not_enabled' | 'own_account' };

/**
 * An admin's reset of another user's MFA (a lost or replaced phone): secret and recovery codes go,
 * and the user signs in with the password alone until they enrol again — or is sent to enrol at
 * once, for an admin while MFA is required for admins. An admin's own MFA is changed on their
 * account page, which asks for a code or the password; here it would need neither.
 */
export async function resetUserMfa(
  id: string,
  actor: AuditActor,
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<ResetUserMfaResult> {
  if (id === actor.userId) return { ok: false, code: 'own_account' };
  return db.$transaction(async (tx) => {
    await lockUserRow(tx, id);
    const user = await tx.user.findFirst({
      where: { id, deletedAt: null },
      select: { email: true, mfaEnabledAt: true },
    });
    if (!user) return { ok: false, code: 'not_found' } as const;
    if (!user.mfaEnabledAt) return { ok: false, code: 'not_enabled' } as const;
    await clearMfa(tx, id);
    await recordAuditEvent(
      actor,
      {
        action: 'mfa.reset',
        target: { type: 'user', id, label: user.email },
        before: { mfa: true },
        after: { mfa: false },
      },
      tx,
    );
    return { ok: true } as const;
  });
}
