import { readAs, type Viewer } from '@/lib/auth/viewer';
import { withExceptions } from '@/lib/compliance/evaluate-profile';
import type { RequirementStatus } from '@/lib/compliance/profile-schema';
import { followedVersions } from '@/lib/compliance/profile-versions';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';
import { addDays, type Day, dayOf } from '@/lib/history/day-of';
import { summarizeAdoption } from '@/lib/history/summarize-adoption';
import { exemptionKey, exemptionsInForce } from './exemptions-in-force';
import { getComplianceCards } from './get-compliance-cards';
import { visibleGroups } from './visible';

/** Members listed with their statuses; a larger group's page and mail say how many were left out. */
export const SCORECARD_DOMAINS = 5000;

/** How far back the adoption figures are looked for. */
const FIGURES_LOOKBACK_DAYS = 366;

/** A share: adopted (or compliant) of the domains whose state is known; percent null when none is. */
export interface ScorecardShare {
  percent: number | null;
  count: number;
  known: number;
}

export interface GroupScorecard {
  group: { id: string; name: string };
  /** The day the figures are from (KENSA_TIME_ZONE); null before the group's first scan. */
  day: Day | null;
  adoption: Array<{ metric: AdoptionMetric } & ScorecardShare>;
  compliance: Array<{ profileId: string; name: { en: string; ja: string } } & ScorecardShare>;
  /** Current members by name, each with its status per followed profile (by profile id). */
  domains: Array<{ id: string; name: string; statuses: Record<string, RequirementStatus> }>;
  memberCount: number;
}

/**
 * What a group's scorecard mail and public status page show, and nothing more: adoption shares,
 * compliance shares per followed profile, and each current member's compliance status per profile
 * (no findings, notes or contacts). null when the group is not the viewer's to see.
 */
export async function getGroupScorecard(
  viewer: Viewer,
  groupId: string,
  today: Day = dayOf(new Date()),
): Promise<GroupScorecard | null> {
  readAs(viewer);
  if (!isUuid(groupId)) return null;
  const group = await prisma.group.findFirst({
    where: { AND: [{ id: groupId }, visibleGroups(viewer)] },
    select: { id: true, name: true },
  });
  if (!group) return null;
  const [summary, cards, statuses] = await Promise.all([
    // The last day with figures in the year up to `today`: a group not scanned today still has its figures.
    summarizeAdoption(prisma, { scope: groupId, from: addDays(today, -FIGURES_LOOKBACK_DAYS), to: today }),
    getComplianceCards(viewer, { groupIds: [groupId], from: today, to: today }),
    memberStatuses(groupId, today),
  ]);
  return {
    group,
    day: summary.day,
    adoption: ADOPTION_METRICS.map((metric) => ({ metric, ...share(summary.metrics[metric].current) })),
    compliance: cards.map((c) => ({ profileId: c.profileId, name: c.name, ...share(c.summary.current) })),
    ...statuses,
  };
}

function share(count: { adopted: number; known: number; percent: number | null } | null): ScorecardShare {
  return { percent: count?.percent ?? null, count: count?.adopted ?? 0, known: count?.known ?? 0 };
}

/**
 * Each current member's status per followed profile: the evaluation of its latest daily status's
 * report, with the exceptions in force on `today` laid over it (exempted, as everywhere else).
 */
async function memberStatuses(groupId: string, today: Day) {
  const [versions, exemptions] = await Promise.all([
    followedVersions(prisma, [groupId]),
    exemptionsInForce({ groupId }, today),
  ]);
  const [rows, memberCount] = await Promise.all([
    prisma.$queryRaw<
      Array<{ id: string; name: string; judged: Record<string, Record<string, RequirementStatus>> | null }>
    >`
      SELECT d.id::text, d.unicode AS name,
        (SELECT jsonb_object_agg(e.profile_version_id::text, e.requirements)
           FROM domain_scans sc JOIN compliance_evaluations e ON e.report_id = sc.report_id
           WHERE sc.run_number = st.run_number AND sc.domain_id = m.domain_id
             AND e.profile_version_id::text = ANY(${versions.map((v) => v.versionId)}::text[])) AS judged
      FROM domain_groups m
      JOIN domains d ON d.id = m.domain_id AND d.archived_at IS NULL
      LEFT JOIN LATERAL (
        SELECT run_number FROM domain_daily_status s WHERE s.domain_id = m.domain_id ORDER BY s.day DESC LIMIT 1
      ) st ON true
      WHERE m.group_id = ${groupId}::uuid AND m.until_day IS NULL
      ORDER BY d.ascii LIMIT ${SCORECARD_DOMAINS}`,
    prisma.domainGroup.count({ where: { groupId, untilDay: null, domain: { archivedAt: null } } }),
  ]);
  const domains = rows.map(({ id, name, judged }) => ({
    id,
    name,
    statuses: Object.fromEntries(
      versions.map((v) => {
        const requirements = judged?.[v.versionId];
        const exempted = exemptions.get(exemptionKey(id, v.profileId)) ?? new Set<string>();
        // A member not judged yet against a profile is unknown for it, unless exceptions cover its
        // musts: its requirements then read unknown with the exceptions laid over, as the rollups count.
        if (!requirements && exempted.size === 0) return [v.profileId, 'unknown' as RequirementStatus];
        return [v.profileId, withExceptions(v.definition, requirements ?? {}, exempted).status];
      }),
    ),
  }));
  return { domains, memberCount };
}
