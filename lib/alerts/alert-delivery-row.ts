import type { AlertDelivery } from '@/generated/prisma/client';

/** A delivery as the history lists it: the rule's name and how many matches it carried, no payload. */
export interface AlertDeliveryRow {
  id: string;
  createdAt: Date;
  ruleId: string;
  ruleName: string;
  channel: AlertDelivery['channel'];
  target: string;
  status: AlertDelivery['status'];
  attempts: number;
  lastError: string | null;
  lastAttemptAt: Date | null;
  sentAt: Date | null;
  matchCount: number;
}

/** What list queries select for a row (the payload stays in the database). */
export const DELIVERY_ROW_QUERY = {
  omit: { payload: true },
  include: { rule: { select: { name: true } } },
} as const;

export function toAlertDeliveryRow(
  delivery: Omit<AlertDelivery, 'payload'> & { rule: { name: string } },
): AlertDeliveryRow {
  const { rule, matchIds, ...rest } = delivery;
  return { ...rest, ruleName: rule.name, matchCount: matchIds.length };
}
