import { Prisma } from '@/generated/prisma/client';
import type { Day } from '@/lib/history/day-of';

/**
 * The one definition of "an exception is in force on a day", as SQL over compliance_exceptions
 * aliased `x`: approved, from its start (never before the day it was approved: history is not
 * rewritten) up to the day before its expiry or its revocation. Days are KENSA_TIME_ZONE days.
 */
export function exceptionInForceSql(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(x.approved_on IS NOT NULL
    AND greatest(x.starts_on, x.approved_on) <= ${day}
    AND ${day} < least(x.expires_on, coalesce(x.revoked_on, 'infinity'::date)))`;
}

/** Where an exception stands on `today`, for lists and the API. */
export type ExceptionState = 'pending' | 'scheduled' | 'in_force' | 'expired' | 'revoked';

/**
 * The same rule as exceptionInForceSql, for one row already read (ISO days compare as text). A
 * request still pending on its expiry day is expired too: it can no longer be approved.
 */
export function exceptionState(
  x: { status: 'pending' | 'approved' | 'revoked'; startsOn: Day; expiresOn: Day; approvedOn: Day | null },
  today: Day,
): ExceptionState {
  if (x.status === 'revoked') return 'revoked';
  if (x.expiresOn <= today) return 'expired';
  if (x.status === 'pending' || x.approvedOn === null) return 'pending';
  return effectiveStart(x.startsOn, x.approvedOn) <= today ? 'in_force' : 'scheduled';
}

/** The first day an approved exception applies: its start, or its approval's day if that is later. */
export function effectiveStart(startsOn: Day, approvedOn: Day): Day {
  if (approvedOn > startsOn) return approvedOn;
  return startsOn;
}
