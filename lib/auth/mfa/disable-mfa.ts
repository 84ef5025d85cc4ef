import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { getInstanceSettings } from '@/lib/settings/get-instance-settings';
import { clearMfa } from './clear-mfa';
import { confirmOwnIdentity } from './confirm-own-identity';

export type OwnMfaRefusal = 'not_enabled' | 'wrong_proof' | 'busy' | 'required';

/**
 * A user's own switching off of MFA, proven by a current code or the password (a session left open
 * on a shared computer must not be enough). Refused for an admin while MFA is required for admins.
 */
export async function disableMfa(
  actor: PersonActor,
  proof: string,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<{ ok: true } | { ok: false; code: OwnMfaRefusal }> {
  const userId = actor.userId;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, role: true, mfaEnabledAt: true },
  });
  if (!user.mfaEnabledAt) return { ok: false, code: 'not_enabled' };
  if (user.role === 'admin' && (await getInstanceSettings(db)).requireAdminMfa)
    return { ok: false, code: 'required' };
  const identity = await confirmOwnIdentity(db, userId, proof, now);
  if (identity !== 'ok') return { ok: false, code: identity === 'busy' ? 'busy' : 'wrong_proof' };
  await db.$transaction(async (tx) => {
    await clearMfa(tx, userId);
    await recordAuditEvent(
      actor,
      { action: 'mfa.disable', target: { type: 'user', id: userId, label: user.email } },
      tx,
    );
  });
  return { ok: true };
}
