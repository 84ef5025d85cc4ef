import { getAdoptionSeriesOperation } from '@/lib/api/v1/adoption-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getAdoptionSeries } from '@/lib/queries/get-adoption-series';

export const GET = v1Route(getAdoptionSeriesOperation, async ({ principal, query }) => ({
  series: await getAdoptionSeries(principal.viewer, query),
}));
