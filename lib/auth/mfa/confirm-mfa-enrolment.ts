import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { openSecret, secretBoxKey } from '@/lib/crypto/secret-box';
import { prisma } from '@/lib/db';
import { RECOVERY_CODE_COUNT, replaceRecoveryCodes } from './recovery-codes';
import { checkTotp } from './totp';

export type ConfirmMfaEnrolmentResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; code: 'no_enrolment' | 'wrong_code' };

/**
 * Turns MFA on with the pending secret once `code` from the authenticator app matches it, makes a
 * first set of recovery codes (returned to be shown once) and releases the user's sessions held at
 * the enrolment page. The switch is a conditional update on the very pending secret that was
 * checked, so a secret replaced meanwhile (enrolment restarted in another tab) is not turned on.
 */
export async function confirmMfaEnrolment(
  actor: PersonActor,
  code: string,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<ConfirmMfaEnrolmentResult> {
  const userId = actor.userId;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, mfaEnabledAt: true, totpPendingSecret: true },
  });
  const pending = user.totpPendingSecret;
  const secret = pending && !user.mfaEnabledAt ? openSecret(pending, userId, secretBoxKey('totp')) : null;
  if (!pending || !secret) return { ok: false, code: 'no_enrolment' };
  const check = checkTotp(secret, code, { now: now.getTime(), lastStep: null });
  if (!check.ok) return { ok: false, code: 'wrong_code' };
  return db.$transaction(async (tx) => {
    const switched = await tx.user.updateMany({
      where: { id: userId, mfaEnabledAt: null, totpPendingSecret: pending },
      data: { mfaEnabledAt: now, totpSecret: pending, totpPendingSecret: null, totpLastStep: check.step },
    });
    if (switched.count !== 1) return { ok: false, code: 'no_enrolment' } as const;
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await tx.session.updateMany({
      where: { userId, mfaEnrolmentRequired: true },
      data: { mfaEnrolmentRequired: false },
    });
    await recordAuditEvent(
      actor,
      {
        action: 'mfa.enable',
        target: { type: 'user', id: userId, label: user.email },
        after: { method: 'totp', recoveryCodes: RECOVERY_CODE_COUNT },
      },
      tx,
    );
    return { ok: true, recoveryCodes } as const;
  });
}
