import type { Job } from 'bullmq';
import { scorecardDeliverPayload } from '@/lib/alerts/alert-jobs';
import { deliverScorecardMail } from '@/lib/groups/scorecard/deliver-scorecard-mail';
import { DeliveryNotYetSent } from './alert-deliver';
import type { AlertJobDeps } from './alert-job-deps';

/** One attempt at sending one scorecard mail; thrown for a retry as alert deliveries are. */
export async function handleScorecardDeliver(job: Job, deps: AlertJobDeps): Promise<string> {
  const { mailId } = scorecardDeliverPayload.parse(job.data);
  const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const outcome = await deliverScorecardMail(deps.db, mailId, { last }, deps.settings);
  if (outcome === 'retry') throw new DeliveryNotYetSent(`scorecard mail ${mailId} not sent yet; will retry`);
  return outcome;
}
