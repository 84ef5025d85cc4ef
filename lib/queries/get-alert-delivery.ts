import type { PrismaClient } from '@/generated/prisma/client';
import { type AlertDeliveryRow, toAlertDeliveryRow } from '@/lib/alerts/alert-delivery-row';
import { type AlertPayload, alertPayload } from '@/lib/alerts/alert-payload';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleAlertRules } from './visible';

/** One delivery with what it carried, or null. */
export async function getAlertDelivery(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<(AlertDeliveryRow & { payload: AlertPayload }) | null> {
  const { role } = readAs(viewer);
  if (!isUuid(id)) return null;
  const delivery = await db.alertDelivery.findFirst({
    where: { id, rule: visibleAlertRules(viewer) },
    include: { rule: { select: { name: true } } },
  });
  if (!delivery) return null;
  const { payload, ...rest } = delivery;
  return { ...toAlertDeliveryRow(rest, role), payload: alertPayload.parse(payload) };
}
