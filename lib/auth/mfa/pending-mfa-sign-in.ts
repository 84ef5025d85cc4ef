import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';

/** How long the second step may take after the password before the password must be typed again. */
export const PENDING_MFA_SECONDS = 300;
/** Wrong codes one pending sign-in takes before it is dropped (the throttle counts them too). */
const MAX_FAILURES = 5;

const pendingSchema = z.object({
  userId: z.uuid(),
  /** The e-mail as typed at the first step: the throttle's key, so both steps count together. */
  email: z.string().min(1),
  next: z.string(),
});

/**
 * A sign-in whose password was right and that waits for the second factor. Not a session: it
 * opens no page and no API; it lives in Redis under the SHA-256 of a random token that only the
 * browser holds (an HttpOnly cookie), bound to that one user, for PENDING_MFA_SECONDS.
 */
export type PendingMfaSignIn = z.infer<typeof pendingSchema>;

const key = (token: string) => `kensa:mfa:pending:${createHash('sha256').update(token).digest('hex')}`;

/** Stores a pending second step and returns the token for the browser's cookie. */
export async function startPendingMfaSignIn(redis: Redis, pending: PendingMfaSignIn): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await redis
    .multi()
    .hset(key(token), { ...pending, failures: 0 })
    .expire(key(token), PENDING_MFA_SECONDS)
    .exec();
  return token;
}

/** The pending sign-in a token names, or null when there is none (unknown, expired, finished or dropped). */
export async function readPendingMfaSignIn(
  redis: Redis,
  token: string | undefined,
): Promise<PendingMfaSignIn | null> {
  if (!token || token.length > 100) return null;
  const parsed = pendingSchema.safeParse(await redis.hgetall(key(token)));
  return parsed.success ? parsed.data : null;
}

/** After a wrong code: counts it, and drops the pending sign-in at MAX_FAILURES (back to the password). */
export async function countPendingMfaFailure(redis: Redis, token: string): Promise<void> {
  const failures = await redis.hincrby(key(token), 'failures', 1);
  if (failures >= MAX_FAILURES) await redis.del(key(token));
}

/** Ends a pending sign-in (on success), so its token cannot finish a second one. */
export async function endPendingMfaSignIn(redis: Redis, token: string): Promise<boolean> {
  return (await redis.del(key(token))) === 1;
}
