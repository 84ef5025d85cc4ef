import { readAs, type Viewer } from '@/lib/auth/viewer';
import { dayOf } from '@/lib/history/day-of';
import type { AdoptionSummary } from '@/lib/history/summarize-adoption';
import { type AdoptionSeries, getAdoptionSeries } from './get-adoption-series';
import { getAdoptionSummary } from './get-adoption-summary';
import { bucketStart, chartStart, type OverviewFilter } from './overview-filter';
import { canSeeScope } from './visible';

/** As many scopes as the overview's URL may name (overview-filter.ts). */
const MAX_OVERVIEW_SCOPES = 8;

export interface Overview {
  /** The scopes shown: those asked for that the viewer may see. */
  scopes: string[];
  /** Last day of the range shown. */
  to: string;
  /** The current period: first day of the bucket holding `to`. */
  from: string;
  summaries: AdoptionSummary[];
  series: AdoptionSeries[];
}

/**
 * The overview's figures for each chosen scope: each metric at the end of the current period with
 * its change since the end of the previous one (same length), and the series for the chart. Both
 * come from adoption_rollups only (lib/queries/get-adoption-*.ts).
 */
/**
 * The scopes asked for that the viewer may see; a scoped viewer who asked for none of theirs (the
 * default is 'all') sees their own groups, side by side.
 */
function overviewScopes(viewer: Viewer, asked: string[]): string[] {
  const visible = asked.filter((scope) => canSeeScope(viewer, scope));
  if (visible.length > 0 || viewer.groupIds === null) return visible;
  return viewer.groupIds.slice(0, MAX_OVERVIEW_SCOPES);
}

export async function getOverview(
  viewer: Viewer,
  filter: OverviewFilter,
  now = new Date(),
): Promise<Overview> {
  readAs(viewer);
  const scopes = overviewScopes(viewer, filter.scopes);
  const to = filter.to ?? dayOf(now);
  const from = bucketStart(to, filter.granularity);
  const [summaries, series] = await Promise.all([
    Promise.all(
      scopes.map((scope) =>
        getAdoptionSummary(viewer, { scope, from, to, view: filter.view, compare: 'previous' }),
      ),
    ),
    getAdoptionSeries(viewer, {
      scopes,
      from: chartStart(to, filter.granularity),
      to,
      view: filter.view,
      granularity: filter.granularity,
    }),
  ]);
  return { scopes, to, from, summaries, series };
}
