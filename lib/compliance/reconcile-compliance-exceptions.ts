import type { Queue } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import type { DeliveryRetry } from '@/lib/alerts/alert-jobs';
import { dispatchPendingMatches } from '@/lib/alerts/dispatch-pending-matches';
import { enqueueDeliveries } from '@/lib/alerts/enqueue-alert-jobs';
import { expireComplianceExceptions } from './expire-compliance-exceptions';

/**
 * The reconciler's exceptions pass: expiries noticed (no scan needed) and rollups caught up, then
 * the alerts they raised sent as a run's are — the rules that send at once now, digests later.
 * Returns how many exceptions expired in this pass.
 */
export async function reconcileComplianceExceptions(
  alertQueue: Queue,
  db: PrismaClient,
  retry: DeliveryRetry,
): Promise<number> {
  const { expired } = await expireComplianceExceptions(db);
  if (expired > 0) await enqueueDeliveries(alertQueue, await dispatchPendingMatches(db, 'none'), retry);
  return expired;
}
