import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { newApiTokenSecret } from './api-token-secret';

/** The lifetimes an admin can choose; null: until revoked. */
export const API_TOKEN_EXPIRY_DAYS = [30, 90, 365] as const;

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(['read', 'write']),
  expiresInDays: z.literal(API_TOKEN_EXPIRY_DAYS).nullable(),
});

export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export interface CreatedApiToken {
  id: string;
  /** The token itself: returned this once and never stored. */
  token: string;
  prefix: string;
  expiresAt: Date | null;
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
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null;
  const row = await db.apiToken.create({
    data: { name: input.name, scope: input.scope, tokenHash, prefix, createdById, expiresAt, createdAt: now },
    select: { id: true },
  });
  return { id: row.id, token, prefix, expiresAt };
}
