import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { newApiTokenSecret } from './api-token-secret';

/**
 * The lifetimes an admin can choose: at most a year, and no "never". A token is a password that
 * scripts keep in files and CI settings; one that cannot expire outlives the reason it was made.
 */
export const API_TOKEN_EXPIRY_DAYS = [30, 90, 365] as const;

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(['read', 'write']),
  expiresInDays: z.literal(API_TOKEN_EXPIRY_DAYS),
});

export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export interface CreatedApiToken {
  id: string;
  /** The token itself: returned this once and never stored. */
  token: string;
  prefix: string;
  expiresAt: Date;
}

const DAY_MS = 86_400_000;

/** Creates a token for `createdById`, storing only its hash and display prefix. */
export async function createApiToken(
  input: CreateApiTokenInput,
  createdById: string,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<CreatedApiToken> {
  const { token, tokenHash, prefix } = newApiTokenSecret();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const row = await db.apiToken.create({
    data: { name: input.name, scope: input.scope, tokenHash, prefix, createdById, expiresAt, createdAt: now },
    select: { id: true },
  });
  return { id: row.id, token, prefix, expiresAt };
}
