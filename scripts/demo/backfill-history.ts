import { createHash } from 'node:crypto';
import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionFlags, type AdoptionMetric } from '@/lib/history/adoption-flags';
import { addDays, dateColumn, dayOf } from '@/lib/history/day-of';
import { ALL_SCOPE, refreshAdoptionRollups } from '@/lib/history/refresh-adoption-rollups';
import { reportInWeek } from './report-in-week';
import { storeDemoReport } from './store-demo-report';

/**
 * A metric that needs another one: a domain cannot enforce DMARC before it publishes DMARC, nor
 * have valid SPF before it publishes SPF. Their adoption week is never earlier than the base's.
 */
const REQUIRES: Partial<Record<AdoptionMetric, AdoptionMetric>> = {
  spfValid: 'spfPublished',
  dmarcEnforcing: 'dmarcPublished',
};

/** A stable number in [0, 1) per (domain, metric): the same demo history on every machine. */
function unit(domain: string, metric: string): number {
  return createHash('sha256').update(`${domain}/${metric}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * The week (0 = oldest of `weeks`) from which the domain had each metric it has today. About a
 * third had it before the window opened; the rest adopted it during the year, so the demo's trend
 * charts climb the way real adoption does.
 */
export function adoptionWeeks(
  domain: string,
  today: AdoptionFlags,
  weeks: number,
): Record<AdoptionMetric, number> {
  const out = {} as Record<AdoptionMetric, number>;
  for (const metric of ADOPTION_METRICS) {
    const own = today[metric]
      ? Math.floor(unit(domain, metric) * weeks * 1.5) - Math.floor(weeks / 2)
      : weeks;
    const base = REQUIRES[metric];
    out[metric] = base ? Math.max(own, out[base] ?? own) : own;
  }
  return out;
}

export function flagsInWeek(adoptedFrom: Record<AdoptionMetric, number>, week: number): AdoptionFlags {
  return Object.fromEntries(ADOPTION_METRICS.map((m) => [m, week >= adoptedFrom[m]])) as AdoptionFlags;
}

/**
 * Gives the demo a year of weekly history *before* its first real scan, derived from what that scan
 * found: synthetic scan runs (scope marked `demoHistory`) with one complete result per domain per
 * week pointing at the domain's real report made to say what the week says (so compliance follows
 * the same year), their daily statuses, membership from a year ago, and rollups. Runs once: it does nothing
 * when history older than today exists. Real scans later continue the series.
 */
export async function backfillDemoHistory(db: PrismaClient, weeks = 52, now = new Date()): Promise<number> {
  const today = dayOf(now);
  const start = addDays(today, -7 * weeks);
  if ((await db.domainDailyStatus.count({ where: { day: { lt: dateColumn(today) } } })) > 0) return 0;
  const states = await db.domainCurrentState.findMany({
    where: { completeRunNumber: { not: null }, domain: { archivedAt: null } },
    select: {
      domainId: true,
      domain: { select: { ascii: true } },
      completeRunNumber: true,
      ...metricSelect(),
    },
  });
  const reports = await db.domainScan.findMany({
    where: {
      OR: states.flatMap((s) =>
        s.completeRunNumber === null ? [] : [{ runNumber: s.completeRunNumber, domainId: s.domainId }],
      ),
    },
    select: { domainId: true, storedReport: { select: { body: true } } },
  });
  const reportOf = new Map(
    reports.map((r) => [r.domainId, (r.storedReport?.body ?? null) as AuditReport | null]),
  );
  // Registered (and in their groups) since the window opened, so the cohort spans the whole year.
  await db.domainGroup.updateMany({
    where: { domainId: { in: states.map((s) => s.domainId) }, untilDay: null },
    data: { sinceDay: dateColumn(start) },
  });
  const plans = states.map((s) => ({
    id: s.domainId,
    from: adoptionWeeks(s.domain.ascii, s as AdoptionFlags, weeks),
    report: reportOf.get(s.domainId) ?? null,
  }));
  // Status rows are change points (lib/history/write-daily-status.ts): a week's row only when it differs.
  const previous = new Map<string, string>();
  // Each week's scan points at the real report made to say what the week says, so compliance
  // (judged on report bodies) follows the same year as adoption.
  const reportIds = new Map<string, bigint>();
  for (let week = 0; week < weeks; week++) {
    const day = addDays(start, 7 * week);
    const at = new Date(`${day}T02:00:00+09:00`);
    const run = await db.scanRun.create({
      data: {
        trigger: 'schedule',
        scope: { kind: 'all', demoHistory: true },
        status: 'complete',
        total: plans.length,
        done: plans.length,
        createdAt: at,
        startedAt: at,
        finishedAt: at,
      },
      select: { number: true },
    });
    for (const plan of plans) {
      const flags = flagsInWeek(plan.from, week);
      const changed = previous.get(plan.id) !== JSON.stringify(flags);
      if (changed && plan.report)
        reportIds.set(plan.id, await storeDemoReport(db, reportInWeek(plan.report, flags)));
      await db.domainScan.create({
        data: {
          runNumber: run.number,
          domainId: plan.id,
          status: 'complete',
          startedAt: at,
          finishedAt: at,
          reportId: reportIds.get(plan.id) ?? null,
        },
        select: { runNumber: true },
      });
      if (!changed) continue;
      previous.set(plan.id, JSON.stringify(flags));
      await db.domainDailyStatus.create({
        data: { domainId: plan.id, day: dateColumn(day), runNumber: run.number, unknown: false, ...flags },
      });
    }
  }
  const groups = await db.group.findMany({ select: { id: true } });
  await refreshAdoptionRollups(db, {
    scopes: [ALL_SCOPE, ...groups.map((g) => g.id)],
    from: start,
    to: today,
  });
  return weeks;
}

function metricSelect(): Record<AdoptionMetric, true> {
  return Object.fromEntries(ADOPTION_METRICS.map((m) => [m, true])) as Record<AdoptionMetric, true>;
}
