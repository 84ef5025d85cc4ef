import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { recordSignInFailure, type ThrottleOptions } from './sign-in-throttle';
import { SIGN_IN_LIMITS, type ThrottleSubject } from './sign-in-throttle-keys';

/**
 * After a failed sign-in step (a wrong password, or a wrong second factor): counts it against the
 * e-mail and the address, records `action` with the reason (which only the log shows), and
 * `auth.lock` once for each key this failure locked.
 */
export async function recordFailedSignInStep(
  failure: {
    subject: ThrottleSubject;
    actor: AuditActor;
    userId: string | null;
    action: string;
    reason: string;
  },
  { db, now, throttle }: { db: PrismaClient; now: number; throttle: ThrottleOptions },
): Promise<void> {
  const { subject, actor } = failure;
  const locked = await recordSignInFailure(subject, now, throttle);
  await recordAuditEvent(actor, { action: failure.action, after: { reason: failure.reason } }, db);
  for (const kind of locked) {
    const minutes = SIGN_IN_LIMITS[kind].lockMs / 60_000;
    const target =
      kind === 'account'
        ? { type: 'user', id: failure.userId, label: subject.email }
        : { type: 'client-address', label: subject.clientAddress };
    await recordAuditEvent(actor, { action: 'auth.lock', target, after: { minutes } }, db);
  }
}
