import { getReceivedMailSeriesOperation } from '@/lib/api/v1/received-mail-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getReceivedMailSeries } from '@/lib/queries/get-received-mail-series';

export const GET = v1Route(getReceivedMailSeriesOperation, async ({ principal, query }) =>
  getReceivedMailSeries(principal.viewer, query),
);
