import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { visibleDomainsSql } from './visible';

/** Whose DMARC reports a view reads: one registered domain's, or those of a group's current members. */
export const dmarcReportTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('domain'), id: z.uuid() }),
  z.object({ kind: z.literal('group'), id: z.uuid() }),
]);
export type DmarcReportTarget = z.infer<typeof dmarcReportTarget>;
/** A target, or every registered domain the viewer may see (an adoption report's `all` scope). */
export type DmarcScope = DmarcReportTarget | { kind: 'all' };

/** The reports' period, by their end; default the last 30 days. */
export const dmarcPeriod = z.object({
  from: z.coerce.date(),
  to: z.coerce.date(),
});
export type DmarcPeriod = z.infer<typeof dmarcPeriod>;

export function lastDays(days: number, now = new Date()): DmarcPeriod {
  return { from: new Date(now.getTime() - days * 86_400_000), to: now };
}

/**
 * The condition on a report row `r` that it is the target's and the viewer may see it: reports are
 * joined to registered domains by name (policy_domain = domains.ascii), and a scoped viewer sees
 * only those of domains in their groups (visible.ts), so a report of anything else is never read.
 */
export function dmarcTargetSql(viewer: Viewer, target: DmarcScope, period: DmarcPeriod): Prisma.Sql {
  return Prisma.sql`r.policy_domain IN (SELECT td.ascii FROM domains td
      WHERE ${targetDomainsSql(viewer, target, Prisma.sql`td`)})
    AND r.end_at >= ${period.from}::timestamptz AND r.end_at <= ${period.to}::timestamptz`;
}

/** The condition on a `domains` row (aliased `alias`) that it is the target's and the viewer's to see. */
export function targetDomainsSql(viewer: Viewer, target: DmarcScope, alias: Prisma.Sql): Prisma.Sql {
  const id = Prisma.sql`${alias}.id`;
  const member =
    target.kind === 'all'
      ? Prisma.sql`TRUE`
      : target.kind === 'domain'
        ? Prisma.sql`${id} = ${target.id}::uuid`
        : Prisma.sql`EXISTS (SELECT 1 FROM domain_groups tg WHERE tg.domain_id = ${id}
          AND tg.group_id = ${target.id}::uuid AND tg.until_day IS NULL)`;
  return Prisma.sql`${alias}.archived_at IS NULL AND ${member} AND ${visibleDomainsSql(viewer, id)}`;
}
