import { z } from 'zod';
import { listAlertDeliveriesOperation } from '@/lib/api/v1/alert-operations';
import { decodeCursor, encodeCursor } from '@/lib/api/v1/page-cursor';
import { v1Route } from '@/lib/api/v1/v1-route';
import { listAlertDeliveriesAfter } from '@/lib/queries/list-alert-deliveries-after';

export const GET = v1Route(listAlertDeliveriesOperation, async ({ principal, query }) => {
  const afterId = decodeCursor(z.uuid(), query.cursor) ?? undefined;
  const { rows, more } = await listAlertDeliveriesAfter(principal.viewer, {
    status: query.status,
    ruleId: query.rule,
    afterId,
    limit: query.limit,
  });
  const last = rows.at(-1);
  return { items: rows, nextCursor: more && last ? encodeCursor(last.id) : null };
});
