import { Prisma } from '@/generated/prisma/client';
import { exceptionInForceSql } from '@/lib/compliance/exception-window';
import { prisma } from '@/lib/db';
import type { Day } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';

/** Requirement ids exempted today, keyed by `${domainId}/${profileId}`. */
export type Exemptions = ReadonlyMap<string, ReadonlySet<string>>;

export const exemptionKey = (domainId: string, profileId: string) => `${domainId}/${profileId}`;

/**
 * The requirements current members are exempted from on `today`: their own exceptions and those of
 * a group they belong to now, approved and in force. Of one group's members, or of some domains (in
 * every group each belongs to). A helper of the compliance reads, which filter by scope before it.
 */
export async function exemptionsInForce(
  of: { groupId: string } | { domainIds: readonly string[] },
  today: Day,
  db: Db = prisma,
): Promise<Exemptions> {
  const members =
    'groupId' in of
      ? Prisma.sql`m.group_id = ${of.groupId}::uuid`
      : Prisma.sql`m.domain_id = ANY(${of.domainIds}::uuid[]) AND m.group_id IS NOT NULL`;
  const rows = await db.$queryRaw<Array<{ domain_id: string; profile_id: string; ids: string[] }>>`
    SELECT m.domain_id::text, x.profile_id::text, array_agg(DISTINCT x.requirement) AS ids
    FROM domain_groups m
    JOIN compliance_exceptions x ON x.domain_id = m.domain_id OR x.group_id = m.group_id
    WHERE ${members} AND m.until_day IS NULL AND ${exceptionInForceSql(Prisma.sql`${today}::date`)}
    GROUP BY m.domain_id, x.profile_id`;
  return new Map(rows.map((row) => [exemptionKey(row.domain_id, row.profile_id), new Set(row.ids)]));
}
