import { readAs, type Viewer } from '@/lib/auth/viewer';
import { dayOf } from '@/lib/history/day-of';
import type { AdoptionSummary } from '@/lib/history/summarize-adoption';
import { type AdoptionSeries, getAdoptionSeries } from './get-adoption-series';
import { getAdoptionSummary } from './get-adoption-summary';
import { bucketStart, chartStart, type OverviewFilter } from './overview-filter';

export interface Overview {
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
export async function getOverview(
  viewer: Viewer,
  filter: OverviewFilter,
  now = new Date(),
): Promise<Overview> {
  readAs(viewer);
  const to = filter.to ?? dayOf(now);
  const from = bucketStart(to, filter.granularity);
  const [summaries, series] = await Promise.all([
    Promise.all(
      filter.scopes.map((scope) =>
        getAdoptionSummary(viewer, { scope, from, to, view: filter.view, compare: 'previous' }),
      ),
    ),
    getAdoptionSeries(viewer, {
      scopes: filter.scopes,
      from: chartStart(to, filter.granularity),
      to,
      view: filter.view,
      granularity: filter.granularity,
    }),
  ]);
  return { to, from, summaries, series };
}
