import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { accountConnection, UNREADABLE_PASSWORD } from './account-connection';
import { describeImapError } from './describe-imap-error';
import { openImap } from './imap-connection';
import { imapTrustedCas } from './imap-trust';
import { DEFAULT_PULL_LIMITS, type PullLimits, type PullResult, pullMailbox } from './pull-mailbox';
import { type MailboxPurpose, type PurposeHandler, purposeHandlers } from './purpose-handlers';

export type MailboxPullOutcome =
  | { status: 'ok'; result: PullResult }
  | { status: 'error'; error: string }
  | { status: 'skipped'; why: string };

export interface MailboxPullDeps {
  db: PrismaClient;
  ca: string[] | undefined;
  handlers: Partial<Record<MailboxPurpose, PurposeHandler>>;
  limits: PullLimits;
}

/**
 * One scheduled pull of a stored account: connect, pull, log out, and record how it went on the
 * account (last pull time, status, the error in words, how many messages moved) for the settings
 * page. A failure is a status, not a thrown error: the next firing tries again, and the job is not
 * retried in a tight loop against a server refusing the password. Re-runnable at any time.
 */
export async function runMailboxPull(
  accountId: string,
  deps: Partial<MailboxPullDeps> = {},
): Promise<MailboxPullOutcome> {
  const { db = prisma, handlers = purposeHandlers, limits = DEFAULT_PULL_LIMITS } = deps;
  // `ca: undefined` given on purpose means the system's roots alone, not the configured default.
  const ca = 'ca' in deps ? deps.ca : imapTrustedCas();
  const account = await db.mailboxAccount.findUnique({ where: { id: accountId } });
  if (!account) return { status: 'skipped', why: 'the account no longer exists' };
  if (!account.enabled) return { status: 'skipped', why: 'the account is disabled' };
  const outcome = await pullOnce(account, { db, ca, handlers, limits });
  await db.mailboxAccount.update({
    where: { id: accountId },
    data: {
      lastPullAt: new Date(),
      lastPullStatus: outcome.status,
      lastPullError: outcome.status === 'error' ? outcome.error : null,
      lastPullProcessed: outcome.status === 'ok' ? outcome.result.processed : null,
      lastPullInvalid: outcome.status === 'ok' ? outcome.result.invalid : null,
    },
  });
  return outcome;
}

type Account = NonNullable<Awaited<ReturnType<PrismaClient['mailboxAccount']['findUnique']>>>;

async function pullOnce(
  account: Account,
  { db, ca, handlers, limits }: MailboxPullDeps,
): Promise<{ status: 'ok'; result: PullResult } | { status: 'error'; error: string }> {
  const handler = handlers[account.purpose as MailboxPurpose];
  if (!handler)
    return { status: 'error', error: `no handler for purpose "${account.purpose}" in this version` };
  const connection = accountConnection(account);
  if (!connection) return { status: 'error', error: UNREADABLE_PASSWORD };
  let client: Awaited<ReturnType<typeof openImap>> | undefined;
  try {
    client = await openImap(connection, ca);
    const result = await pullMailbox(client, account, handler, db, limits);
    await client.logout();
    return { status: 'ok', result };
  } catch (error) {
    return { status: 'error', error: describeImapError(error) };
  } finally {
    client?.close();
  }
}
