import type { Job } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import { PULL_MAILBOX_JOB, pullMailboxPayload } from '@/lib/jobs/pull-mailbox-job';
import { runMailboxPull } from '@/lib/mailboxes/run-mailbox-pull';

/** The mailbox queue's processor: one pull of one account per firing (re-runnable at any time). */
export function mailboxJobProcessor(deps: { db: PrismaClient }) {
  return async (job: Job): Promise<string> => {
    if (job.name !== PULL_MAILBOX_JOB) throw new Error(`unknown mailbox job "${job.name}"`);
    const { accountId } = pullMailboxPayload.parse(job.data);
    const outcome = await runMailboxPull(accountId, { db: deps.db });
    if (outcome.status === 'ok')
      return `${outcome.result.processed} processed, ${outcome.result.invalid} invalid`;
    return outcome.status === 'error' ? `error: ${outcome.error}` : `skipped: ${outcome.why}`;
  };
}
