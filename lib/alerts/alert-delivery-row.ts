import type { AlertDelivery } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/roles';
import { managesWebhooks, webhookHost } from './alert-rule-view';

/** A delivery as the history lists it: the rule's name and how many matches it carried, no payload. */
export interface AlertDeliveryRow {
  id: string;
  createdAt: Date;
  ruleId: string;
  ruleName: string;
  channel: AlertDelivery['channel'];
  /** The addresses, or the webhook URL: only its host for anyone but an admin. */
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
  role: Role,
): AlertDeliveryRow {
  const { rule, matchIds, target, ...rest } = delivery;
  const shown = delivery.channel === 'webhook' && !managesWebhooks(role) ? webhookHost(target) : target;
  return { ...rest, target: shown, ruleName: rule.name, matchCount: matchIds.length };
}
