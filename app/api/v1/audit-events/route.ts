import { listAuditEventsOperation } from '@/lib/api/v1/audit-event-operations';
import { decodeCursor } from '@/lib/api/v1/page-cursor';
import { v1Route } from '@/lib/api/v1/v1-route';
import { auditCursorKey, auditCursorText } from '@/lib/queries/audit-event-cursor';
import { listAuditEvents } from '@/lib/queries/list-audit-events';

export const GET = v1Route(listAuditEventsOperation, async ({ principal, query }) => {
  const { limit, cursor, ...filter } = query;
  const after = decodeCursor(auditCursorKey, cursor);
  const page = await listAuditEvents(principal.viewer, filter, { after, limit });
  return { items: page.rows, nextCursor: page.next ? auditCursorText(page.next) : null };
});
