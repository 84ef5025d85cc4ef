import type { PrismaClient } from '@/generated/prisma/client';
import { sealSecret, secretBoxKey } from '@/lib/crypto/secret-box';
import { prisma } from '@/lib/db';
import { hasPassword } from '../password';
import { type QrCodeShape, qrCodeShape } from './qr-code';
import { newTotpSecret, totpUri } from './totp';

export type BeginMfaEnrolmentResult =
  | { ok: true; secret: string; uri: string; qr: QrCodeShape }
  | { ok: false; code: 'already_enabled' | 'no_password' };

/**
 * Draws a new TOTP secret for the user to add to an authenticator app and keeps it (sealed) as
 * pending: MFA is on only once a code from the app confirms it (confirmMfaEnrolment). Starting
 * again replaces the pending secret. Accounts without a password (SSO) are refused: their second
 * factor is the identity provider's.
 */
export async function beginMfaEnrolment(
  userId: string,
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<BeginMfaEnrolmentResult> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, mfaEnabledAt: true, passwordHash: true },
  });
  if (user.mfaEnabledAt) return { ok: false, code: 'already_enabled' };
  if (!hasPassword(user.passwordHash)) return { ok: false, code: 'no_password' };
  const secret = newTotpSecret();
  await db.user.update({
    where: { id: userId },
    data: { totpPendingSecret: sealSecret(secret, userId, secretBoxKey('totp')) },
  });
  const uri = totpUri(secret, user.email);
  return { ok: true, secret, uri, qr: qrCodeShape(uri) };
}
