import { exportAuditEventsOperation } from '@/lib/api/v1/audit-event-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { auditEventsCsvResponse } from '@/lib/exports/audit-events-csv';

export const GET = v1Route(exportAuditEventsOperation, async ({ principal, query, request }) =>
  auditEventsCsvResponse(principal.viewer, query, { signal: request.signal }),
);
