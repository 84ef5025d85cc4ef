import type { PrismaClient } from '@/generated/prisma/client';
import { type Day, dateColumn } from '@/lib/history/day-of';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { readTargetSeries } from '@/lib/targets/read-target-series';
import { STORED_TARGET_SELECT, storedTarget } from '@/lib/targets/stored-target';
import { behindSince, expectedOn, trajectoryPoints, valueOn } from '@/lib/targets/trajectory';
import type { NewMatch } from './match-detail';

/**
 * The targets (of the rule's group, or of every group) that are behind their trajectory on the
 * run's day, among the groups the run scanned a member of (only their figures can have moved).
 * Keyed on the first day of the stretch behind, so a target fires once when it crosses below its
 * trajectory — not again each day it stays there — and again only after catching up and falling
 * behind anew. The rollups it reads were refreshed when the run finished, before this runs.
 */
export async function findTargetBehind(
  db: PrismaClient,
  rule: { runId: string; groupId: string | null },
  day: Day,
): Promise<NewMatch[]> {
  const touched = await db.$queryRaw<Array<{ group_id: string }>>`
    SELECT DISTINCT g.group_id::text FROM domain_groups g
    JOIN domain_scans s ON s.domain_id = g.domain_id AND ${scanOfRunSql('s', rule.runId)}
    WHERE g.group_id IS NOT NULL AND g.since_day <= ${day}::date
      AND coalesce(g.until_day, '9999-12-31'::date) >= ${day}::date`;
  const groups = touched.map((g) => g.group_id).filter((id) => rule.groupId === null || id === rule.groupId);
  if (groups.length === 0) return [];
  const rows = await db.groupTarget.findMany({
    where: { groupId: { in: groups }, deadline: { gte: dateColumn(day) } },
    select: STORED_TARGET_SELECT,
  });
  const matches: NewMatch[] = [];
  for (const target of rows.map(storedTarget)) {
    const from = trajectoryPoints(target)[0]?.day ?? day;
    const series = await readTargetSeries(db, target.groupId, target.metric, { from, to: day });
    const since = behindSince(target, series, day);
    const actual = valueOn(series, day)?.percent;
    const expected = expectedOn(trajectoryPoints(target), day);
    if (since === null || actual == null || expected === null) continue;
    matches.push({
      domainId: null,
      dedupeKey: `behind:${target.id}:${since}`,
      detail: {
        kind: 'target_behind',
        targetId: target.id,
        groupId: target.groupId,
        groupName: target.groupName,
        label: target.label,
        percent: target.percent,
        deadline: target.deadline,
        since,
        day,
        actualPercent: actual,
        expectedPercent: expected,
        at: new Date().toISOString(),
      },
    });
  }
  return matches;
}
