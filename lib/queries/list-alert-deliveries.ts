import type { PrismaClient } from '@/generated/prisma/client';
import {
  type AlertDeliveryRow,
  DELIVERY_ROW_QUERY,
  toAlertDeliveryRow,
} from '@/lib/alerts/alert-delivery-row';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type AlertDeliveryFilter, DELIVERY_PAGE_SIZE } from './alert-delivery-filter';
import { visibleAlertRules } from './visible';

export interface AlertDeliveryPage {
  rows: AlertDeliveryRow[];
  total: number;
  page: number;
  pages: number;
}

/** The delivery history page by page, newest first, filtered by status and rule (the alerts page). */
export async function listAlertDeliveries(
  viewer: Viewer,
  filter: AlertDeliveryFilter,
  db: PrismaClient = prisma,
): Promise<AlertDeliveryPage> {
  const { role } = readAs(viewer);
  const where = { status: filter.status, ruleId: filter.rule, rule: visibleAlertRules(viewer) };
  const [total, deliveries] = await Promise.all([
    db.alertDelivery.count({ where }),
    db.alertDelivery.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      ...DELIVERY_ROW_QUERY,
    }),
  ]);
  return {
    rows: deliveries.map((row) => toAlertDeliveryRow(row, role)),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE)),
  };
}
