import { Prisma } from '@/generated/prisma/client';
import { kensaTimeZone } from '@/lib/i18n/format';

/**
 * The SQL condition "the domain of scan `s` belonged to the rule's group on the day it was scanned"
 * (membership periods are days in KENSA_TIME_ZONE), or true for a rule over every domain. Membership
 * at the time, not now: a domain that left the group since is still judged as a member then.
 * Callers alias domain_scans as `s`.
 */
export function ruleScopeSql(groupId: string | null): Prisma.Sql {
  if (groupId === null) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM domain_groups g
    WHERE g.domain_id = s.domain_id AND g.group_id = ${groupId}::uuid
      AND g.since_day <= (s.finished_at AT TIME ZONE ${kensaTimeZone()})::date
      AND coalesce(g.until_day, '9999-12-31'::date) >= (s.finished_at AT TIME ZONE ${kensaTimeZone()})::date)`;
}
