import { exportDomainsOperation } from '@/lib/api/v1/export-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { exportDomainsResponse } from '@/lib/exports/domain-export-response';

export const GET = v1Route(exportDomainsOperation, async ({ principal, query, request }) => {
  const { format, ...selection } = query;
  return exportDomainsResponse(principal.viewer, selection, format, { signal: request.signal });
});
