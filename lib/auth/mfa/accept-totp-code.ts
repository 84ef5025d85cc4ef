import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { openSecret, secretBoxKey } from '@/lib/crypto/secret-box';
import { checkTotp } from './totp';

export type TotpVerdict = 'ok' | 'wrong' | 'replayed' | 'unreadable';

/**
 * Checks a TOTP code of a user with MFA on and, when it matches, records its time step as the last
 * one accepted — a conditional update, so of two requests with one code only one passes (RFC 6238
 * §5.2: a verifier must not accept the same OTP twice). 'unreadable': the stored secret cannot be
 * opened (KENSA_SECRET_KEY missing or changed); nobody passes then.
 */
export async function acceptTotpCode(
  db: PrismaClient | Prisma.TransactionClient,
  userId: string,
  code: string,
  now: Date,
): Promise<TotpVerdict> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpLastStep: true, mfaEnabledAt: true },
  });
  if (!user?.mfaEnabledAt || !user.totpSecret) return 'wrong';
  const secret = openSecret(user.totpSecret, userId, secretBoxKey('totp'));
  if (!secret) {
    console.error(
      `MFA secret of user ${userId} cannot be opened: is KENSA_SECRET_KEY the one it was sealed with?`,
    );
    return 'unreadable';
  }
  const lastStep = user.totpLastStep === null ? null : Number(user.totpLastStep);
  const check = checkTotp(secret, code, { now: now.getTime(), lastStep });
  if (!check.ok) return check.reason;
  const taken = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
    data: { totpLastStep: check.step },
  });
  return taken.count === 1 ? 'ok' : 'replayed';
}
