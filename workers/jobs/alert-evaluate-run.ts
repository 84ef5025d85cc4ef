import type { Job } from 'bullmq';
import { evaluateRunPayload } from '@/lib/alerts/alert-jobs';
import { dispatchPendingMatches } from '@/lib/alerts/dispatch-pending-matches';
import { enqueueDeliveries } from '@/lib/alerts/enqueue-alert-jobs';
import { evaluateRunAlerts } from '@/lib/alerts/evaluate-run-alerts';
import type { AlertJobDeps } from './alert-job-deps';

/**
 * Evaluates a finished run, then dispatches every waiting match of the rules that send at once (not
 * only this run's: a retry after a crash between the two steps sends what was left). Re-runnable:
 * matches are deduplicated and dispatch claims each match once.
 */
export async function handleEvaluateRun(job: Job, deps: AlertJobDeps): Promise<string> {
  const { runId } = evaluateRunPayload.parse(job.data);
  const result = await evaluateRunAlerts(runId, deps.db);
  if (result.status !== 'evaluated') return result.status;
  const deliveries = await dispatchPendingMatches(deps.db, 'none');
  await enqueueDeliveries(deps.queue, deliveries, deps.settings.retry);
  return `${result.newMatches} matches, ${deliveries.length} deliveries`;
}
