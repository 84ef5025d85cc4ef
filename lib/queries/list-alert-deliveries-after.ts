import type { AlertDeliveryStatus, PrismaClient } from '@/generated/prisma/client';
import {
  type AlertDeliveryRow,
  DELIVERY_ROW_QUERY,
  toAlertDeliveryRow,
} from '@/lib/alerts/alert-delivery-row';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleAlertRules } from './visible';

export interface DeliveriesAfter {
  status?: AlertDeliveryStatus;
  ruleId?: string;
  /** The last id of the previous page: ids are UUIDv7, so they sort by creation, newest first. */
  afterId?: string;
  limit: number;
}

/** One keyset page of deliveries, newest first (the API); one more row than asked tells if more follow. */
export async function listAlertDeliveriesAfter(
  viewer: Viewer,
  request: DeliveriesAfter,
  db: PrismaClient = prisma,
): Promise<{ rows: AlertDeliveryRow[]; more: boolean }> {
  const { role } = readAs(viewer);
  const rows = await db.alertDelivery.findMany({
    where: {
      status: request.status,
      ruleId: request.ruleId,
      rule: visibleAlertRules(viewer),
      ...(request.afterId ? { id: { lt: request.afterId } } : {}),
    },
    orderBy: { id: 'desc' },
    take: request.limit + 1,
    ...DELIVERY_ROW_QUERY,
  });
  return {
    rows: rows.slice(0, request.limit).map((row) => toAlertDeliveryRow(row, role)),
    more: rows.length > request.limit,
  };
}
