import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { mailboxSchedulerId } from '@/lib/jobs/pull-mailbox-job';
import { createMailboxAccount } from '@/lib/mailboxes/create-mailbox-account';
import { updateMailboxAccount } from '@/lib/mailboxes/update-mailbox-account';
import { closeQueues, mailboxQueue } from '@/lib/queue';
import { deliver, listFolder, testImap } from '@/testing/imap/test-imap';
import { messageText } from '@/testing/received-mail/mail-text';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { type RunningWorkers, startWorkers } from './start-workers';
import { startTestRedis, type TestRedis, waitFor } from './testing/test-services';

/** The worker schedules one pull per enabled mailbox account and runs it against the real Dovecot. */
let db: ScratchDatabase;
let redis: TestRedis;
let workers: RunningWorkers | undefined;

beforeAll(async () => {
  const imap = await testImap();
  [db, redis] = await Promise.all([createScratchDatabase('mailbox_worker'), startTestRedis()]);
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    KENSA_RECONCILE_INTERVAL_MS: '500',
    // Trusted through configuration, as an operator would trust an internal CA.
    KENSA_IMAP_CA_FILE: imap.caFile,
  });
}, 60_000);

afterAll(async () => {
  await workers?.close();
  await closeQueues();
  await prisma.$disconnect();
  await Promise.all([db?.drop(), redis?.stop()]);
});

describe('scheduled mailbox pulls', () => {
  it('pull an enabled account on its interval and stop once it is disabled', async () => {
    const imap = await testImap();
    const user = await imap.addUser('worker-pull');
    const source = await prisma.mailSource.create({
      data: { name: 'Worker mailbox', trustedAuthservIds: ['mx.kensa.test'] },
    });
    const created = await createMailboxAccount(
      {
        name: 'worker mailbox',
        host: imap.host,
        port: imap.port,
        tlsMode: 'tls',
        username: user.username,
        password: user.password,
        purpose: 'received-mail',
        mailSourceId: source.id,
        intervalMinutes: 60,
      },
      SYSTEM_ACTOR,
    );
    if (!created.ok) throw new Error(created.message);
    const received = ['Mon, 5 Jan 2026 10:00:00 +0900'];
    await deliver(imap, user, 'INBOX', [
      messageText({
        messageId: 'w1@x',
        received,
        authResults: ['mx.kensa.test; spf=pass smtp.mailfrom=a@example.jp'],
      }),
    ]);

    workers = await startWorkers(env());
    const scheduler = await waitFor(
      'the scheduler',
      async () => (await mailboxQueue().getJobScheduler(mailboxSchedulerId(created.id))) ?? undefined,
    );
    expect(Number(scheduler.every)).toBe(60 * 60_000);
    // A new scheduler fires at once, then every interval.
    const account = await waitFor('the first pull', async () => {
      const row = await prisma.mailboxAccount.findUniqueOrThrow({ where: { id: created.id } });
      return row.lastPullStatus === null ? undefined : row;
    });
    expect([account.lastPullStatus, account.lastPullError, account.lastPullProcessed]).toEqual([
      'ok',
      null,
      1,
    ]);
    expect(await listFolder(imap, user, 'Processed')).toEqual(['<w1@x>']);

    expect((await updateMailboxAccount(created.id, { enabled: false }, SYSTEM_ACTOR)).ok).toBe(true);
    await waitFor('the scheduler to go', async () =>
      (await mailboxQueue().getJobScheduler(mailboxSchedulerId(created.id))) ? undefined : true,
    );
  });
});
