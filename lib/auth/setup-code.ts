import { createHash, timingSafeEqual } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { newCrockfordCode, normalizeCrockfordCode } from './crockford-code';

/** 16 characters of 5 bits: 80 bits, far past guessing over HTTP. */
const LENGTH = 16;

const digest = (code: string) => createHash('sha256').update(code).digest();

/**
 * While no account exists: a new one-time setup code for the first-run screen, whose SHA-256 is
 * stored (each web process adds its own; any of them opens /setup). Once an account exists: none,
 * and any codes left over are deleted.
 */
export async function issueSetupCode(db: PrismaClient = prisma): Promise<string | null> {
  // Not serializable: a code stored just after the first admin was created is left over, which
  // opens nothing (createFirstAdminUser counts accounts) and goes at the next start.
  if ((await db.user.count()) > 0) {
    await db.setupCode.deleteMany();
    return null;
  }
  const code = newCrockfordCode(LENGTH);
  await db.setupCode.create({ data: { codeHash: digest(normalizeCrockfordCode(code)).toString('hex') } });
  return code;
}

/**
 * Whether `input` is one of the stored setup codes. Compares digests in constant time against
 * every stored one (a handful: one per web process start), without stopping at a match.
 */
export async function setupCodeMatches(
  input: string,
  db: PrismaClient | Prisma.TransactionClient = prisma,
): Promise<boolean> {
  const typed = digest(normalizeCrockfordCode(input));
  const stored = await db.setupCode.findMany({ select: { codeHash: true } });
  let match = false;
  for (const { codeHash } of stored) {
    const candidate = Buffer.from(codeHash, 'hex');
    match = (candidate.length === typed.length && timingSafeEqual(candidate, typed)) || match;
  }
  return match;
}
