import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { failFastRedis } from '@/lib/redis';
import { getInstanceSettings } from '@/lib/settings/get-instance-settings';
import { setPendingMfaCookie } from './mfa/pending-mfa-cookie';
import { startPendingMfaSignIn } from './mfa/pending-mfa-sign-in';
import type { RequestOrigin } from './request-origin';
import { MFA_ENROLMENT_PATH } from './require-user';
import { signInAs } from './set-session-cookie';

/** The page the second step is asked on. */
const MFA_SIGN_IN_PATH = '/login/mfa';

/**
 * After a right password (sign-in, or a one-time link that set one): a user with MFA is sent to the
 * second step, with a pending sign-in and no session; anyone else gets a session — held at the
 * enrolment page for an admin without MFA while MFA is required for admins. Returns where to go,
 * or 'unavailable' when the pending step cannot be stored (Redis away: refused, never skipped).
 */
export async function finishPasswordSignIn(
  userId: string,
  { email, origin, next }: { email: string; origin: RequestOrigin; next: string },
  db: PrismaClient = prisma,
): Promise<{ ok: true; path: string } | { ok: false; code: 'unavailable' }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, mfaEnabledAt: true },
  });
  if (user.mfaEnabledAt) {
    try {
      const token = await startPendingMfaSignIn(await failFastRedis(), { userId, email, next });
      await setPendingMfaCookie(token);
      return { ok: true, path: MFA_SIGN_IN_PATH };
    } catch (error) {
      console.error(`MFA sign-in cannot be started, refused: ${(error as Error).message}`);
      return { ok: false, code: 'unavailable' };
    }
  }
  const mfaEnrolmentRequired = user.role === 'admin' && (await getInstanceSettings(db)).requireAdminMfa;
  await signInAs(userId, origin, { mfaEnrolmentRequired });
  return { ok: true, path: mfaEnrolmentRequired ? MFA_ENROLMENT_PATH : next };
}
