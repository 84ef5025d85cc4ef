import type { Job } from 'bullmq';
import { digestPayload } from '@/lib/alerts/alert-jobs';
import { dispatchPendingMatches } from '@/lib/alerts/dispatch-pending-matches';
import { enqueueDeliveries } from '@/lib/alerts/enqueue-alert-jobs';
import type { AlertJobDeps } from './alert-job-deps';

/** One digest firing: each hourly (or daily) rule's waiting matches become one delivery per channel. */
export async function handleDigest(job: Job, deps: AlertJobDeps): Promise<string> {
  const { digest } = digestPayload.parse(job.data);
  const deliveries = await dispatchPendingMatches(deps.db, digest);
  await enqueueDeliveries(deps.queue, deliveries, deps.settings.retry);
  return `${deliveries.length} deliveries`;
}
