import type { PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import type { Day } from '@/lib/history/day-of';
import type { Locale } from '@/lib/i18n/messages';
import { listGroupTargets } from '@/lib/queries/list-group-targets';
import type { TargetsReportSection } from './targets-report-section-schema';

/** The targets of the report's groups ('all' has none), each as of the period end `to`. */
export async function buildTargetsReportSection(
  viewer: Viewer,
  { scopes, to, language }: { scopes: readonly string[]; to: Day; language: Locale },
  db: PrismaClient,
): Promise<TargetsReportSection> {
  const groupIds = scopes.filter((scope) => scope !== 'all');
  const progress = groupIds.length === 0 ? [] : await listGroupTargets(viewer, { groupIds, asOf: to }, db);
  return {
    asOf: to,
    targets: progress.map(({ target, actual, expected, status, daysLeft, chart }) => ({
      id: target.id,
      scope: target.groupId,
      label: target.label[language],
      percent: target.percent,
      deadline: target.deadline,
      milestones: [...target.milestones],
      actual,
      expected,
      status,
      daysLeft,
      chart,
    })),
  };
}
