import type { PrismaClient } from '@/generated/prisma/client';
import { matchExceptionExpiry } from '@/lib/alerts/match-exception-expiry';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { dayOf, dayOfDateColumn } from '@/lib/history/day-of';
import { lockException } from './lock-exception';
import { profileDefinitionSchema } from './profile-schema';
import { exceptionLabel, recordExceptionChange } from './record-exception-change';
import { ROLLUP_TRANSACTION, refreshExceptionRollups } from './refresh-exception-rollups';

/**
 * The reconciler's exceptions pass, which needs no scan: each approved exception whose expiry day
 * has come is announced once — `expired` on its timeline, an alert match for the rules watching its
 * subject, a `compliance-exception.expire` audit entry by the system — and the rollups it touches are
 * recomputed, so its requirement counts with its real status again; all in one transaction per
 * exception. Exceptions that started (or were revoked) since their rollups were last brought up to
 * date get their rollups recomputed too. Re-runnable. Returns how many expired and how many caught up.
 */
export async function expireComplianceExceptions(
  db: PrismaClient,
  now = new Date(),
): Promise<{ expired: number; refreshed: number }> {
  const today = dayOf(now);
  const due = await db.$queryRaw<Array<{ id: string; expiring: boolean; from: string }>>`
    SELECT x.id::text,
      (x.status = 'approved' AND x.expires_on <= ${today}::date AND x.expiry_noticed_at IS NULL) AS expiring,
      (CASE WHEN x.status = 'approved' AND x.expires_on <= ${today}::date AND x.expiry_noticed_at IS NULL
        THEN greatest(x.starts_on, x.approved_on) ELSE b.day END)::text AS from
    FROM compliance_exceptions x
    LEFT JOIN LATERAL (
      SELECT min(v.day) AS day
      FROM (VALUES (greatest(x.starts_on, x.approved_on)),
        (least(x.expires_on, coalesce(x.revoked_on, x.expires_on)))) AS v(day)
      WHERE v.day <= ${today}::date AND v.day > coalesce(x.rollups_through, '-infinity'::date)
    ) b ON true
    WHERE x.approved_on IS NOT NULL
      AND ((x.status = 'approved' AND x.expires_on <= ${today}::date AND x.expiry_noticed_at IS NULL)
        OR b.day IS NOT NULL)
    ORDER BY x.id`;
  let expired = 0;
  for (const { id, expiring, from } of due) {
    const noticed = await db.$transaction(async (tx) => {
      const x = await lockException(tx, id);
      // Revoked, or noticed by another pass, since the read above: only the rollups are left to do.
      const still = x !== null && expiring && x.status === 'approved' && x.expiryNoticedAt === null;
      if (x && still) {
        await tx.complianceException.update({ where: { id }, data: { expiryNoticedAt: now } });
        await recordExceptionChange(tx, SYSTEM_ACTOR, {
          exceptionId: id,
          kind: 'expired',
          label: exceptionLabel(x),
        });
        const version = await tx.complianceProfileVersion.findFirstOrThrow({
          where: { profileId: x.profileId },
          orderBy: { version: 'desc' },
          select: { definition: true },
        });
        await matchExceptionExpiry(tx, {
          kind: 'compliance_exception_expired',
          exceptionId: id,
          domainId: x.domainId,
          groupId: x.groupId,
          domain: x.domain?.ascii ?? x.group?.name ?? '',
          profile: profileDefinitionSchema.parse(version.definition).name,
          requirement: x.requirement,
          expiresOn: dayOfDateColumn(x.expiresOn),
          at: now.toISOString(),
        });
      }
      if (x) await refreshExceptionRollups(tx, id, from, today);
      return still;
    }, ROLLUP_TRANSACTION);
    if (noticed) expired++;
  }
  return { expired, refreshed: due.length };
}
