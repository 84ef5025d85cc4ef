import type { Job } from 'bullmq';
import { scorecardsPayload } from '@/lib/alerts/alert-jobs';
import { enqueueScorecardDeliveries } from '@/lib/alerts/enqueue-alert-jobs';
import { dispatchScorecardMails } from '@/lib/groups/scorecard/dispatch-scorecard-mails';
import { dayOf } from '@/lib/history/day-of';
import type { AlertJobDeps } from './alert-job-deps';

/** The daily scorecards firing: makes the mails of groups due this week or month and queues them. */
export async function handleScorecards(job: Job, deps: AlertJobDeps): Promise<string> {
  scorecardsPayload.parse(job.data);
  const mailIds = await dispatchScorecardMails(deps.db, dayOf(new Date(), deps.settings.timeZone));
  await enqueueScorecardDeliveries(deps.queue, mailIds, deps.settings.retry);
  return `${mailIds.length} scorecard mails`;
}
