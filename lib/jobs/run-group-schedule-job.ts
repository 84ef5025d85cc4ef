import type { JobSchedulerTemplateOptions } from 'bullmq';
import { z } from 'zod';
import type { RetrySettings } from './scan-chunk-job';

/**
 * The `schedule` queue: BullMQ job schedulers (one per scheduled group) put one job here per firing;
 * its handler creates the group's scan run. Kept apart from `scan` so a firing never waits behind
 * thousands of domain jobs.
 */
export const SCHEDULE_QUEUE = 'schedule';
export const RUN_GROUP_SCHEDULE_JOB = 'run-group-schedule';

export const runGroupSchedulePayload = z.object({ groupId: z.uuid() });
export type RunGroupSchedulePayload = z.infer<typeof runGroupSchedulePayload>;

const SCHEDULER_PREFIX = 'group-';

/** One scheduler per group (BullMQ ids may not contain ':'). */
export function groupSchedulerId(groupId: string): string {
  return `${SCHEDULER_PREFIX}${groupId}`;
}

/** The group id of a scheduler this module named, else null (a scheduler someone else made). */
export function groupIdOfScheduler(schedulerId: string): string | null {
  if (!schedulerId.startsWith(SCHEDULER_PREFIX)) return null;
  const id = schedulerId.slice(SCHEDULER_PREFIX.length);
  return z.uuid().safeParse(id).success ? id : null;
}

/** Each firing's job: retried like a domain scan (creating the run is idempotent per firing). */
export function runGroupScheduleJobOptions(retry: RetrySettings): JobSchedulerTemplateOptions {
  return {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}
