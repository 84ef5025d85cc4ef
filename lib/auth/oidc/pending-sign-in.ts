import type { Redis } from 'ioredis';
import { z } from 'zod';

/** How long a started SSO sign-in may take at the provider before its state is forgotten. */
export const PENDING_SIGN_IN_SECONDS = 600;

const pendingSchema = z.object({
  codeVerifier: z.string().min(43),
  nonce: z.string().min(1),
  next: z.string(),
  /** SHA-256 of the random value in the browser's binding cookie. */
  bindingHash: z.string().length(64),
});

/** What the callback needs from the start of a sign-in; never sent to the browser. */
export type PendingSignIn = z.infer<typeof pendingSchema>;

const key = (state: string) => `kensa:sso:pending:${state}`;

/** Keeps a started sign-in under its `state` for PENDING_SIGN_IN_SECONDS. */
export async function savePendingSignIn(redis: Redis, state: string, pending: PendingSignIn): Promise<void> {
  await redis.set(key(state), JSON.stringify(pending), 'EX', PENDING_SIGN_IN_SECONDS, 'NX');
}

/**
 * Takes the sign-in started with `state`, once: GETDEL reads and deletes in one step, so a replayed
 * callback (same state) finds nothing, even when two arrive at the same moment.
 */
export async function takePendingSignIn(redis: Redis, state: string): Promise<PendingSignIn | null> {
  const stored = await redis.getdel(key(state));
  if (stored === null) return null;
  const parsed = pendingSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}
