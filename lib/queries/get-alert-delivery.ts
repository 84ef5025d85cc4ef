import type { PrismaClient } from '@/generated/prisma/client';
import { type AlertPayload, alertPayload } from '@/lib/alerts/alert-payload';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/http/is-uuid';
import type { AlertDeliveryRow } from './list-alert-deliveries';

/** One delivery with what it carried, or null. */
export async function getAlertDelivery(
  id: string,
  db: PrismaClient = prisma,
): Promise<(AlertDeliveryRow & { payload: AlertPayload }) | null> {
  if (!isUuid(id)) return null;
  const delivery = await db.alertDelivery.findUnique({
    where: { id },
    include: { rule: { select: { name: true } } },
  });
  if (!delivery) return null;
  const { rule, matchIds, payload, ...rest } = delivery;
  return { ...rest, ruleName: rule.name, matchCount: matchIds.length, payload: alertPayload.parse(payload) };
}
