import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { verifyPassword } from '../password';
import { acceptTotpCode } from './accept-totp-code';
import { looksLikeTotpCode } from './totp';

/** What proves it is the account's owner at the keyboard before MFA is changed: a current code or the password. */
export const identityProof = z.object({ proof: z.string().trim().min(1).max(1000) });

/**
 * Whether `proof` — a current TOTP code (six digits) or else the account's password — is right.
 * A code is spent like one at sign-in (it cannot be replayed). 'busy': no hashing slot for the
 * password right now (lib/auth/hash-slots.ts).
 */
export async function confirmOwnIdentity(
  db: PrismaClient,
  userId: string,
  proof: string,
  now: Date,
): Promise<'ok' | 'wrong' | 'busy'> {
  if (looksLikeTotpCode(proof))
    return (await acceptTotpCode(db, userId, proof, now)) === 'ok' ? 'ok' : 'wrong';
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const verdict = await verifyPassword(user.passwordHash, proof);
  return verdict === 'busy' ? 'busy' : verdict ? 'ok' : 'wrong';
}
