import type { PrismaClient } from '@/generated/prisma/client';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { acceptTotpCode } from './accept-totp-code';
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { looksLikeTotpCode } from './totp';

export type SecondFactorCheck =
  | { ok: true; method: 'totp' | 'recovery-code' }
  | { ok: false; reason: 'wrong-code' | 'replayed-code' | 'used-recovery-code' | 'unreadable-secret' };

/**
 * The second step of a sign-in: a TOTP code (six digits, one step either side, never one already
 * accepted) or one of the user's recovery codes, which is spent by a conditional update — of two
 * requests with one code only one passes — and recorded as `mfa.recovery-code.used` with how many
 * are left, so an admin sees a user running out (or someone else using them).
 */
export async function verifySecondFactor(
  db: PrismaClient,
  actor: AuditActor & { userId: string; label: string },
  code: string,
  now: Date,
): Promise<SecondFactorCheck> {
  const userId = actor.userId;
  if (looksLikeTotpCode(code)) {
    const verdict = await acceptTotpCode(db, userId, code, now);
    if (verdict === 'ok') return { ok: true, method: 'totp' };
    const reason =
      verdict === 'replayed'
        ? 'replayed-code'
        : verdict === 'unreadable'
          ? 'unreadable-secret'
          : 'wrong-code';
    return { ok: false, reason };
  }
  if (!looksLikeRecoveryCode(code)) return { ok: false, reason: 'wrong-code' };
  const codeHash = hashRecoveryCode(code);
  const spent = await db.$transaction(async (tx) => {
    const taken = await tx.mfaRecoveryCode.updateMany({
      where: { userId, codeHash, usedAt: null },
      data: { usedAt: now },
    });
    if (taken.count !== 1) return false;
    const left = await tx.mfaRecoveryCode.count({ where: { userId, usedAt: null } });
    const target = { type: 'user', id: userId, label: actor.label };
    await recordAuditEvent(actor, { action: 'mfa.recovery-code.used', target, after: { left } }, tx);
    return true;
  });
  if (spent) return { ok: true, method: 'recovery-code' };
  const used = await db.mfaRecoveryCode.count({ where: { userId, codeHash } });
  return { ok: false, reason: used > 0 ? 'used-recovery-code' : 'wrong-code' };
}
