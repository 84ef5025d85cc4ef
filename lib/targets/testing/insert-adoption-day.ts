import type { PrismaClient } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';
import { dateColumn } from '@/lib/history/day-of';

/**
 * One open-period adoption_rollups row of `scope` on `day`: `domains` members, none unknown,
 * `adopted` of them adopting `metric` (every other metric 0), as refreshAdoptionRollups writes it.
 */
export async function insertAdoptionDay(
  db: PrismaClient,
  row: { scope: string; day: string; domains: number; metric: AdoptionMetric; adopted: number },
): Promise<void> {
  const counts = Object.fromEntries(
    ADOPTION_METRICS.flatMap((m) => [
      [m, m === row.metric ? row.adopted : 0],
      [`${m}Unknown`, 0],
    ]),
  ) as Record<AdoptionMetric | `${AdoptionMetric}Unknown`, number>;
  await db.adoptionRollup.create({
    data: {
      scope: row.scope,
      day: dateColumn(row.day),
      sinceDay: dateColumn('2026-01-01'),
      untilDay: dateColumn('9999-12-31'),
      domains: row.domains,
      unknown: 0,
      ...counts,
    },
  });
}
