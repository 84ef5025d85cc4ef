import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { confirmOwnIdentity } from './confirm-own-identity';
import type { OwnMfaRefusal } from './disable-mfa';
import { RECOVERY_CODE_COUNT, replaceRecoveryCodes } from './recovery-codes';

/**
 * A new set of recovery codes for the user, proven by a current code or the password: every earlier
 * code, used or not, stops working. The codes are returned to be shown once.
 */
export async function regenerateRecoveryCodes(
  actor: PersonActor,
  proof: string,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; code: Exclude<OwnMfaRefusal, 'required'> }> {
  const userId = actor.userId;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, mfaEnabledAt: true },
  });
  if (!user.mfaEnabledAt) return { ok: false, code: 'not_enabled' };
  const identity = await confirmOwnIdentity(db, userId, proof, now);
  if (identity !== 'ok') return { ok: false, code: identity === 'busy' ? 'busy' : 'wrong_proof' };
  const recoveryCodes = await db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAuditEvent(
      actor,
      {
        action: 'mfa.recovery-codes.regenerate',
        target: { type: 'user', id: userId, label: user.email },
        after: { recoveryCodes: RECOVERY_CODE_COUNT },
      },
      tx,
    );
    return codes;
  });
  return { ok: true, recoveryCodes };
}
