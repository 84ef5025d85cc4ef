import { Buffer } from 'node:buffer';
import type { ImapFlow } from 'imapflow';
import type { PrismaClient } from '@/generated/prisma/client';
import type { HandlerAccount, PulledMessage, PurposeHandler } from './purpose-handlers';

export interface PullFolders {
  folder: string;
  processedFolder: string;
  invalidFolder: string;
}

export interface PullResult {
  /** Messages moved to the processed folder. */
  processed: number;
  /** Messages moved to the invalid folder: refused by the handler, or too large to read. */
  invalid: number;
}

export interface PullLimits {
  /** Messages fetched and handled at once: bounds memory and the size of one database transaction. */
  batch: number;
  /** Messages one pull takes at most; the rest wait for the next (the job stays short). */
  perPull: number;
  /** A message larger than this is moved to the invalid folder unread. */
  maxMessageBytes: number;
}

export const DEFAULT_PULL_LIMITS: PullLimits = {
  batch: 500,
  perPull: 20_000,
  maxMessageBytes: 25 * 1024 * 1024,
};

/**
 * Reads a mailbox folder in bounded batches: each batch is fetched (headers only or whole messages,
 * as the handler `reads`, with BODY.PEEK so nothing is marked \Seen — RFC 3501 §6.4.5), handed to the
 * handler, then moved (RFC 6851 MOVE, copy+expunge where the server lacks it) to the processed or
 * invalid folder. The folder is locked (SELECTed by this client alone) meanwhile. At-least-once: a
 * crash between handling and moving leaves the batch in place for the next pull, which handlers
 * absorb by being idempotent. Messages that arrive during the pull wait for the next one.
 */
export async function pullMailbox(
  client: ImapFlow,
  account: HandlerAccount & PullFolders,
  handler: PurposeHandler,
  db: PrismaClient,
  limits: PullLimits = DEFAULT_PULL_LIMITS,
): Promise<PullResult> {
  for (const folder of [account.processedFolder, account.invalidFolder]) await ensureFolder(client, folder);
  const lock = await client.getMailboxLock(account.folder);
  try {
    const uids = ((await client.search({ all: true }, { uid: true })) || []).slice(0, limits.perPull);
    const result: PullResult = { processed: 0, invalid: 0 };
    for (let start = 0; start < uids.length; start += limits.batch) {
      const batch = uids.slice(start, start + limits.batch);
      const { readable, tooLarge } = await sortBySize(client, batch, limits.maxMessageBytes);
      const messages = await fetchMessages(client, readable, handler.reads);
      const verdicts = await handler.handleBatch(account, messages, db);
      const accepted = messages.filter((_, i) => verdicts[i]?.kind === 'accepted').map((m) => m.uid);
      const refused = [
        ...tooLarge,
        ...messages.filter((_, i) => verdicts[i]?.kind !== 'accepted').map((m) => m.uid),
      ];
      await move(client, accepted, account.processedFolder);
      await move(client, refused, account.invalidFolder);
      result.processed += accepted.length;
      result.invalid += refused.length;
    }
    return result;
  } finally {
    lock.release();
  }
}

/** Creates a folder that does not exist yet (the first pull of a new mailbox). */
async function ensureFolder(client: ImapFlow, path: string): Promise<void> {
  const existing = await client.list();
  if (!existing.some((mailbox) => mailbox.path === path)) await client.mailboxCreate(path);
}

/** Splits UIDs by RFC822.SIZE, so an oversized message is never fetched. */
async function sortBySize(
  client: ImapFlow,
  uids: readonly number[],
  maxBytes: number,
): Promise<{ readable: number[]; tooLarge: number[] }> {
  const readable: number[] = [];
  const tooLarge: number[] = [];
  if (uids.length === 0) return { readable, tooLarge };
  for (const message of await client.fetchAll(uids.join(','), { uid: true, size: true }, { uid: true }))
    ((message.size ?? 0) > maxBytes ? tooLarge : readable).push(message.uid);
  return { readable, tooLarge };
}

async function fetchMessages(
  client: ImapFlow,
  uids: readonly number[],
  reads: PurposeHandler['reads'],
): Promise<PulledMessage[]> {
  if (uids.length === 0) return [];
  const query = reads === 'headers' ? { uid: true, headers: true } : { uid: true, source: true };
  const fetched = await client.fetchAll(uids.join(','), query, { uid: true });
  return fetched
    .sort((a, b) => a.uid - b.uid)
    .map((message) => ({
      uid: message.uid,
      bytes: (reads === 'headers' ? message.headers : message.source) ?? Buffer.alloc(0),
    }));
}

async function move(client: ImapFlow, uids: readonly number[], folder: string): Promise<void> {
  if (uids.length > 0) await client.messageMove(uids.join(','), folder, { uid: true });
}
