import { notFound } from '@/lib/api/v1/api-problem';
import { getGroupComparisonOperation } from '@/lib/api/v1/comparison-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getGroupComparison } from '@/lib/reports/comparison/get-group-comparison';

export const GET = v1Route(getGroupComparisonOperation, async ({ principal, params, query }) => {
  const comparison = await getGroupComparison(principal.viewer, params.id, query);
  if (!comparison) throw notFound('Group');
  return comparison;
});
