import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import type { DmarcPeriod, DmarcReportTarget } from './dmarc-report-target';
import { type DmarcDay, getDmarcDailySeries } from './get-dmarc-daily-series';
import { type DmarcSummary, getDmarcSummary } from './get-dmarc-summary';
import { type DmarcSourceRow, listDmarcSources } from './list-dmarc-sources';
import { visibleDomains, visibleGroups } from './visible';

export interface DmarcView {
  period: DmarcPeriod;
  summary: DmarcSummary;
  days: DmarcDay[];
  sources: DmarcSourceRow[];
}

/**
 * A domain's (or group's) DMARC report panel: the headline numbers, messages per day by result and
 * the sources. Null when the domain or group does not exist or is not the viewer's to see, so the
 * API answers 404 for both alike.
 */
export async function getDmarcView(
  viewer: Viewer,
  target: DmarcReportTarget,
  period: DmarcPeriod,
): Promise<DmarcView | null> {
  readAs(viewer);
  if (!isUuid(target.id)) return null;
  const visible =
    target.kind === 'domain'
      ? await prisma.domain.count({ where: { id: target.id, archivedAt: null, ...visibleDomains(viewer) } })
      : await prisma.group.count({ where: { AND: [{ id: target.id }, visibleGroups(viewer)] } });
  if (visible === 0) return null;
  const [summary, days, sources] = await Promise.all([
    getDmarcSummary(viewer, target, period),
    getDmarcDailySeries(viewer, target, period),
    listDmarcSources(viewer, target, period),
  ]);
  return { period, summary, days, sources };
}
