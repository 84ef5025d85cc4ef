import { createHash } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { newCrockfordCode, normalizeCrockfordCode } from '../crockford-code';

/** How many recovery codes a set has. */
export const RECOVERY_CODE_COUNT = 10;
/**
 * 16 Crockford characters: 80 bits each, so the stored SHA-256 cannot be reversed by trying every
 * code (a shorter code would need a slow hash, and a slow hash cannot be looked up by index).
 */
const LENGTH = 16;

/** The stored form of a recovery code as typed (case, spaces and dashes do not matter). */
export function hashRecoveryCode(input: string): string {
  return createHash('sha256').update(normalizeCrockfordCode(input)).digest('hex');
}

/** Whether `input` has the shape of a recovery code. */
export function looksLikeRecoveryCode(input: string): boolean {
  return /^[0-9A-Z]{16}$/.test(normalizeCrockfordCode(input));
}

/**
 * Replaces the user's recovery codes with a new set, inside the caller's transaction: the old ones,
 * used or not, stop working. Returns the codes, to be shown once; only their hashes are kept.
 */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newCrockfordCode(LENGTH));
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
  });
  return codes;
}
