import type { Queue } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import {
  accountIdOfScheduler,
  MAILBOX_QUEUE,
  mailboxSchedulerId,
  PULL_MAILBOX_JOB,
  PULL_MAILBOX_JOB_OPTIONS,
  pullMailboxPayload,
} from '@/lib/jobs/pull-mailbox-job';

export interface MailboxSyncResult {
  upserted: number;
  removed: number;
}

/**
 * Makes the mailbox queue's job schedulers match the accounts table: one firing every
 * `interval_minutes` per enabled account, none for a disabled or deleted one. Run by every worker at
 * start-up and on each reconcile tick, so an account saved in the web app is picked up within a
 * tick and a Redis that lost its data is repaired. A scheduler already right is left alone
 * (upserting it would move its next firing).
 */
export async function syncMailboxPullSchedulers(
  queue: Queue,
  db: PrismaClient = prisma,
): Promise<MailboxSyncResult> {
  if (queue.name !== MAILBOX_QUEUE) throw new Error(`mailbox schedulers belong on "${MAILBOX_QUEUE}"`);
  const accounts = await db.mailboxAccount.findMany({
    where: { enabled: true },
    select: { id: true, intervalMinutes: true },
  });
  const wanted = new Map(accounts.map((account) => [account.id, account.intervalMinutes * 60_000]));
  const present = new Map<string, number | undefined>();
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    const accountId = accountIdOfScheduler(scheduler.key);
    if (accountId)
      present.set(accountId, scheduler.every === undefined ? undefined : Number(scheduler.every));
  }
  const result: MailboxSyncResult = { upserted: 0, removed: 0 };
  for (const [accountId, every] of wanted) {
    if (present.get(accountId) === every) continue;
    await queue.upsertJobScheduler(
      mailboxSchedulerId(accountId),
      { every },
      {
        name: PULL_MAILBOX_JOB,
        data: pullMailboxPayload.parse({ accountId }),
        opts: PULL_MAILBOX_JOB_OPTIONS,
      },
    );
    result.upserted += 1;
  }
  for (const accountId of present.keys()) {
    if (wanted.has(accountId)) continue;
    await queue.removeJobScheduler(mailboxSchedulerId(accountId));
    result.removed += 1;
  }
  return result;
}
