import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { hasRole, type Role } from '@/lib/auth/roles';
import { prisma } from '@/lib/db';
import { dateColumn, dayOf, dayOfDateColumn } from '@/lib/history/day-of';
import { effectiveStart } from './exception-window';
import { lockException } from './lock-exception';
import { exceptionLabel, recordExceptionChange } from './record-exception-change';
import { ROLLUP_TRANSACTION, refreshExceptionRollups } from './refresh-exception-rollups';

export type ApproveExceptionResult =
  | { ok: true }
  | { ok: false; code: 'not_found' | 'not_pending' | 'same_person' | 'forbidden' | 'already_expired' };

/**
 * Approves a pending exception. Four eyes, enforced here and by a CHECK constraint: the approver
 * is an admin or editor who is not the requester. From the approval's day (or its start, if later)
 * to the day before its expiry, its requirement counts as exempted; the rollups it touches are
 * recomputed in the same transaction as the `compliance-exception.approve` audit entry. The caller
 * has checked the exception is in the approver's scope.
 */
export async function approveComplianceException(
  exceptionId: string,
  approver: { role: Role },
  actor: PersonActor,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<ApproveExceptionResult> {
  if (!hasRole(approver.role, 'editor')) return { ok: false, code: 'forbidden' };
  const today = dayOf(now);
  return db.$transaction(async (tx) => {
    const x = await lockException(tx, exceptionId);
    if (!x) return { ok: false, code: 'not_found' } as const;
    if (x.status !== 'pending') return { ok: false, code: 'not_pending' } as const;
    if (x.requestedById === actor.userId) return { ok: false, code: 'same_person' } as const;
    if (dayOfDateColumn(x.expiresOn) <= today) return { ok: false, code: 'already_expired' } as const;
    await tx.complianceException.update({
      where: { id: exceptionId },
      data: {
        status: 'approved',
        approvedById: actor.userId,
        approvedAt: now,
        approvedOn: dateColumn(today),
      },
    });
    await recordExceptionChange(tx, actor, {
      exceptionId,
      kind: 'approved',
      label: exceptionLabel(x),
      before: { status: 'pending' },
      after: { status: 'approved', approvedOn: today },
    });
    await refreshExceptionRollups(tx, exceptionId, effectiveStart(dayOfDateColumn(x.startsOn), today), today);
    return { ok: true } as const;
  }, ROLLUP_TRANSACTION);
}
