import type { Day } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { followedVersions } from './profile-versions';
import { refreshComplianceRollups } from './refresh-compliance-rollups';

/** Transactions that recompute rollups: a large group's history takes longer than Prisma's 5 s default. */
export const ROLLUP_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * Recomputes the rollups an exception touches, from `from` to `today`: the groups following its
 * profile that are its subject, or that its domain belongs or belonged to (history is per group and
 * day). Marks them current through `today`, so the expiry pass only catches up later boundaries.
 */
export async function refreshExceptionRollups(
  db: Db,
  exceptionId: string,
  from: Day,
  today: Day,
): Promise<void> {
  const groups = await db.$queryRaw<Array<{ group_id: string; profile_id: string }>>`
    SELECT DISTINCT g.group_id::text, x.profile_id::text
    FROM compliance_exceptions x
    JOIN group_compliance_profiles gp ON gp.profile_id = x.profile_id
    JOIN LATERAL (
      SELECT x.group_id WHERE x.group_id IS NOT NULL
      UNION SELECT m.group_id FROM domain_groups m WHERE m.domain_id = x.domain_id AND m.group_id IS NOT NULL
    ) g ON g.group_id = gp.group_id
    WHERE x.id = ${exceptionId}::uuid`;
  const profileId = groups[0]?.profile_id;
  if (profileId !== undefined && from <= today) {
    const followed = await followedVersions(
      db,
      groups.map((g) => g.group_id),
    );
    const touched = followed.filter((f) => f.profileId === profileId);
    await refreshComplianceRollups(db, touched, { from, to: today }, today);
  }
  await db.$executeRaw`
    UPDATE compliance_exceptions SET rollups_through = ${today}::date WHERE id = ${exceptionId}::uuid`;
}
