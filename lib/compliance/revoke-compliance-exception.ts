import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { hasRole, type Role } from '@/lib/auth/roles';
import { prisma } from '@/lib/db';
import { dateColumn, dayOf, dayOfDateColumn } from '@/lib/history/day-of';
import { lockException } from './lock-exception';
import { exceptionLabel, recordExceptionChange } from './record-exception-change';
import { ROLLUP_TRANSACTION, refreshExceptionRollups } from './refresh-exception-rollups';

export type RevokeExceptionResult =
  | { ok: true }
  | { ok: false; code: 'not_found' | 'forbidden' | 'not_revocable' };

/**
 * Revokes an exception: a pending request is withdrawn or refused, an approved one stops applying
 * from today (the days it covered stay exempted in the history). An expired or already revoked one
 * is not revocable. Admins and editors, the requester included; recorded as
 * `compliance-exception.revoke` with the rollups it touches recomputed, in one transaction. The
 * caller has checked the exception is in the revoker's scope.
 */
export async function revokeComplianceException(
  exceptionId: string,
  revoker: { role: Role },
  actor: PersonActor,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<RevokeExceptionResult> {
  if (!hasRole(revoker.role, 'editor')) return { ok: false, code: 'forbidden' };
  const today = dayOf(now);
  return db.$transaction(async (tx) => {
    const x = await lockException(tx, exceptionId);
    if (!x) return { ok: false, code: 'not_found' } as const;
    const expired = x.status === 'approved' && dayOfDateColumn(x.expiresOn) <= today;
    if (x.status === 'revoked' || expired) return { ok: false, code: 'not_revocable' } as const;
    await tx.complianceException.update({
      where: { id: exceptionId },
      data: { status: 'revoked', revokedById: actor.userId, revokedAt: now, revokedOn: dateColumn(today) },
    });
    await recordExceptionChange(tx, actor, {
      exceptionId,
      kind: 'revoked',
      label: exceptionLabel(x),
      before: { status: x.status },
      after: { status: 'revoked', revokedOn: today },
    });
    if (x.status === 'approved') await refreshExceptionRollups(tx, exceptionId, today, today);
    return { ok: true } as const;
  }, ROLLUP_TRANSACTION);
}
