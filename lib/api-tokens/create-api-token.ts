import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
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

/**
 * Creates a token for the actor (who then owns it), storing only its hash and display prefix, and
 * records `api-token.create` (name, scope, prefix, expiry: never the token) in the same transaction.
 */
export async function createApiToken(
  input: CreateApiTokenInput,
  actor: PersonActor,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<CreatedApiToken> {
  const { token, tokenHash, prefix } = newApiTokenSecret();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const { name, scope } = input;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name, scope, tokenHash, prefix, createdById: actor.userId, expiresAt, createdAt: now },
      select: { id: true },
    });
    const after = { name, scope, prefix, expiresAt: expiresAt.toISOString() };
    const target = { type: 'api-token', id: created.id, label: name };
    await recordAuditEvent(actor, { action: 'api-token.create', target, after }, tx);
    return created;
  });
  return { id: row.id, token, prefix, expiresAt };
}
