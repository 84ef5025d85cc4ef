import type { AlertChannel, AlertDeliveryStatus, PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { type AlertDeliveryFilter, DELIVERY_PAGE_SIZE } from './alert-delivery-filter';

export interface AlertDeliveryRow {
  id: string;
  createdAt: Date;
  ruleId: string;
  ruleName: string;
  channel: AlertChannel;
  target: string;
  status: AlertDeliveryStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: Date | null;
  sentAt: Date | null;
  matchCount: number;
}

export interface AlertDeliveryPage {
  rows: AlertDeliveryRow[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

/** Deliveries newest first (index on created_at), filtered by status and rule, one page. */
export async function listAlertDeliveries(
  filter: AlertDeliveryFilter,
  db: PrismaClient = prisma,
): Promise<AlertDeliveryPage> {
  const where = { status: filter.status, ruleId: filter.rule };
  const [total, deliveries] = await Promise.all([
    db.alertDelivery.count({ where }),
    db.alertDelivery.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      omit: { payload: true },
      include: { rule: { select: { name: true } } },
    }),
  ]);
  const rows = deliveries.map(({ rule, matchIds, ...d }) => ({
    ...d,
    ruleName: rule.name,
    matchCount: matchIds.length,
  }));
  return {
    rows,
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE)),
    pageSize: DELIVERY_PAGE_SIZE,
  };
}
