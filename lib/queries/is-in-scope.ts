import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleAlertRules, visibleDomains } from './visible';

/** What a write names: each must be within the caller's group scope for the write to run. */
export interface ScopeTargets {
  domains?: readonly string[];
  /** Group ids; null stands for every domain (a rule or a scan of all groups). */
  groups?: ReadonlyArray<string | null>;
  alertRules?: readonly string[];
  /** A run is the caller's to change only when every domain it scans is. */
  scanRuns?: readonly string[];
}

const distinct = (ids: readonly string[] = []) => [...new Set(ids.map((id) => id.toLowerCase()))];

/**
 * Whether a write naming `targets` stays within the viewer's group scope — the write-side twin of
 * visible.ts. Always true for an unscoped viewer (whether the things exist is the write's own
 * check); for a scoped one, something unknown is as out of scope as another group's, so callers
 * answer both alike (404, or "unknown group/domain").
 */
export async function isInScope(
  viewer: Viewer,
  targets: ScopeTargets,
  db: PrismaClient = prisma,
): Promise<boolean> {
  readAs(viewer);
  if (viewer.groupIds === null) return true;
  const scope = new Set(viewer.groupIds.map((id) => id.toLowerCase()));
  if ((targets.groups ?? []).some((id) => id === null || !scope.has(id.toLowerCase()))) return false;
  const domains = distinct(targets.domains);
  const rules = distinct(targets.alertRules);
  const runs = distinct(targets.scanRuns);
  const [visibleDomainCount, visibleRuleCount, ownRunCount] = await Promise.all([
    domains.length === 0 ? 0 : db.domain.count({ where: { id: { in: domains }, ...visibleDomains(viewer) } }),
    rules.length === 0
      ? 0
      : db.alertRule.count({ where: { id: { in: rules }, ...visibleAlertRules(viewer) } }),
    runs.length === 0
      ? 0
      : db.scanRun.count({
          where: {
            id: { in: runs },
            scans: { every: { domain: visibleDomains(viewer) } },
            items: { every: { domain: visibleDomains(viewer) } },
          },
        }),
  ]);
  return (
    visibleDomainCount === domains.length && visibleRuleCount === rules.length && ownRunCount === runs.length
  );
}
