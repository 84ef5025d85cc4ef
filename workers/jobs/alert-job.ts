import type { Job } from 'bullmq';
import {
  DELIVER_JOB,
  DIGEST_JOB,
  EVALUATE_RUN_JOB,
  SCORECARD_DELIVER_JOB,
  SCORECARDS_JOB,
} from '@/lib/alerts/alert-jobs';
import { handleDeliver } from './alert-deliver';
import { handleDigest } from './alert-digest';
import { handleEvaluateRun } from './alert-evaluate-run';
import type { AlertJobDeps } from './alert-job-deps';
import { handleScorecardDeliver } from './scorecard-deliver';
import { handleScorecards } from './scorecard-dispatch';

/** The alerts queue's processor: one handler per job name. */
export function alertJobProcessor(deps: AlertJobDeps): (job: Job) => Promise<string> {
  return async (job) => {
    switch (job.name) {
      case EVALUATE_RUN_JOB:
        return handleEvaluateRun(job, deps);
      case DELIVER_JOB:
        return handleDeliver(job, deps);
      case DIGEST_JOB:
        return handleDigest(job, deps);
      case SCORECARDS_JOB:
        return handleScorecards(job, deps);
      case SCORECARD_DELIVER_JOB:
        return handleScorecardDeliver(job, deps);
      default:
        throw new Error(`unknown alerts job "${job.name}"`);
    }
  };
}
