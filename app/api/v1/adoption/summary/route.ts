import { getAdoptionSummaryOperation } from '@/lib/api/v1/adoption-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getAdoptionSummary } from '@/lib/queries/get-adoption-summary';

export const GET = v1Route(getAdoptionSummaryOperation, async ({ principal, query }) =>
  getAdoptionSummary(principal.viewer, query),
);
