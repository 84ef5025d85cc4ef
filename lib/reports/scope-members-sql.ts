import { Prisma } from '@/generated/prisma/client';
import type { Day } from '@/lib/history/day-of';
import { ALL_SCOPE } from '@/lib/history/refresh-adoption-rollups';

/** A scope's members as the rollup of `day` counts them: periods covering [coverFrom, coverTo]. */
export interface ScopeAsOf {
  scope: string;
  day: Day;
  coverFrom: Day;
  coverTo: Day;
}

/**
 * Which domains a report's figures count, per scope: in the registered view the members on the
 * figures' day (coverFrom = coverTo = day), in the cohort view those present for the whole period,
 * exactly as lib/history/read-adoption-days.ts selects rollup rows. Yields (scope, day, domain_id).
 */
export function scopeMembersSql(scopes: readonly ScopeAsOf[]): Prisma.Sql {
  const picked = Prisma.join(
    scopes.map(
      (s) => Prisma.sql`(${s.scope}::text, ${s.day}::date, ${s.coverFrom}::date, ${s.coverTo}::date)`,
    ),
  );
  return Prisma.sql`
    SELECT DISTINCT p.scope, p.day, m.domain_id
    FROM (VALUES ${picked}) AS p(scope, day, cover_from, cover_to)
    JOIN domain_groups m
      ON (CASE WHEN p.scope = ${ALL_SCOPE} THEN m.group_id IS NULL ELSE m.group_id::text = p.scope END)
      AND m.since_day <= p.cover_from AND coalesce(m.until_day, '9999-12-31'::date) >= p.cover_to`;
}

/** The membership window of a scope whose figures are from `day`, in the report's view. */
export function scopeAsOf(
  scope: string,
  day: Day,
  view: 'registered' | 'cohort',
  period: { from: Day; to: Day },
): ScopeAsOf {
  return view === 'cohort'
    ? { scope, day, coverFrom: period.from, coverTo: period.to }
    : { scope, day, coverFrom: day, coverTo: day };
}
