import type { Job } from 'bullmq';
import { deliverPayload } from '@/lib/alerts/alert-jobs';
import { deliverAlert } from '@/lib/alerts/deliver-alert';
import type { AlertJobDeps } from './alert-job-deps';

/** Thrown so BullMQ retries a delivery after its backoff; the error is already on the row. */
export class DeliveryNotYetSent extends Error {}

/** One attempt at sending one delivery (a mail or a webhook call). */
export async function handleDeliver(job: Job, deps: AlertJobDeps): Promise<string> {
  const { deliveryId } = deliverPayload.parse(job.data);
  const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const outcome = await deliverAlert(deps.db, deliveryId, { last }, deps.settings);
  if (outcome === 'retry') throw new DeliveryNotYetSent(`delivery ${deliveryId} not sent yet; will retry`);
  return outcome;
}
