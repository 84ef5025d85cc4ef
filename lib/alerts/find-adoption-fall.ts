import type { PrismaClient } from '@/generated/prisma/client';
import type { AdoptionMetric } from '@/lib/history/adoption-flags';
import { addDays, type Day } from '@/lib/history/day-of';
import { ALL_SCOPE } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { summarizeAdoption } from '@/lib/history/summarize-adoption';
import type { NewMatch } from './match-detail';
import { ruleScopeSql } from './rule-scope-sql';

export interface AdoptionFallRule {
  runId: string;
  groupId: string | null;
  metric: AdoptionMetric;
  points: number;
  compare: 'previous-day' | 'previous-week';
}

/**
 * The scope's (the group's, or every domain's) adoption of `metric` on the run's day against the
 * day before, or against the last day of the week before, from adoption_rollups (registered view).
 * Fires when it fell by at least `points` percentage points; at most once per scope, metric and day.
 * Only runs that scanned a member of the scope can have moved its figure, so others are skipped.
 */
export async function findAdoptionFall(
  db: PrismaClient,
  rule: AdoptionFallRule,
  day: Day,
): Promise<NewMatch[]> {
  const [touched] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM domain_scans s
    WHERE ${scanOfRunSql('s', rule.runId)} AND s.finished_at IS NOT NULL AND ${ruleScopeSql(rule.groupId)}`;
  if (!touched?.n) return [];
  const scope = rule.groupId ?? ALL_SCOPE;
  const from = rule.compare === 'previous-day' ? day : addDays(day, -6);
  const summary = await summarizeAdoption(db, { scope, from, to: day, compare: 'previous' });
  const { current, baseline } = summary.metrics[rule.metric];
  if (current?.percent == null || baseline?.percent == null || summary.day !== day) return [];
  if (baseline.percent - current.percent < rule.points) return [];
  const group = rule.groupId
    ? await db.group.findUnique({ where: { id: rule.groupId }, select: { name: true } })
    : null;
  return [
    {
      domainId: null,
      dedupeKey: `fell:${scope}:${rule.metric}:${day}`,
      detail: {
        kind: 'adoption_fell',
        scope,
        scopeName: group?.name ?? null,
        metric: rule.metric,
        day,
        baselineDay: summary.baselineDay ?? day,
        fromPercent: baseline.percent,
        toPercent: current.percent,
        at: new Date().toISOString(),
      },
    },
  ];
}
