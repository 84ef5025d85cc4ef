import type { JobSchedulerTemplateOptions } from 'bullmq';
import { z } from 'zod';

/**
 * The `mailbox` queue: one BullMQ job scheduler per enabled mailbox account fires a pull every
 * `interval_minutes` (lib/mailboxes/sync-mailbox-pull-schedulers.ts). Apart from scans, so a slow
 * IMAP server never holds up a domain job.
 */
export const MAILBOX_QUEUE = 'mailbox';
export const PULL_MAILBOX_JOB = 'pull-mailbox';

export const pullMailboxPayload = z.object({ accountId: z.uuid() });

const SCHEDULER_PREFIX = 'mailbox-';

/** One scheduler per account (BullMQ ids may not contain ':'). */
export function mailboxSchedulerId(accountId: string): string {
  return `${SCHEDULER_PREFIX}${accountId}`;
}

/** The account id of a scheduler this module named, else null. */
export function accountIdOfScheduler(schedulerId: string): string | null {
  if (!schedulerId.startsWith(SCHEDULER_PREFIX)) return null;
  const id = schedulerId.slice(SCHEDULER_PREFIX.length);
  return z.uuid().safeParse(id).success ? id : null;
}

/**
 * A pull's IMAP failures are recorded on the account, not thrown; what throws is an outage of
 * PostgreSQL or Redis, retried a few times with backoff. The next firing comes anyway.
 */
export const PULL_MAILBOX_JOB_OPTIONS: JobSchedulerTemplateOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
