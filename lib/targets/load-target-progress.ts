import type { Day } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { readTargetSeries } from './read-target-series';
import type { StoredTarget } from './stored-target';
import { chartStart, type TargetProgress, targetProgress } from './target-progress';

/** Each target's progress on `asOf`, its series read from the rollups (one read per target). */
export async function loadTargetProgress(
  db: Db,
  targets: readonly StoredTarget[],
  asOf: Day,
): Promise<TargetProgress[]> {
  return Promise.all(
    targets.map(async (target) => {
      const series = await readTargetSeries(db, target.groupId, target.metric, {
        from: chartStart(target),
        to: asOf,
      });
      return targetProgress(target, series, asOf);
    }),
  );
}
