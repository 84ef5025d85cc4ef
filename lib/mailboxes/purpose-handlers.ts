import type { Buffer } from 'node:buffer';
import type { PrismaClient } from '@/generated/prisma/client';
import { ingestDmarcReportMessage } from './dmarc-reports-handler';
import { receivedMailHandler } from './received-mail-handler';

export const mailboxPurposes = ['received-mail', 'dmarc-reports'] as const;
export type MailboxPurpose = (typeof mailboxPurposes)[number];

/** What a handler says of one message: moved to the processed folder, or to the invalid one. */
export type MessageVerdict = { kind: 'accepted' } | { kind: 'refused'; reason: string };

export interface PulledMessage {
  uid: number;
  /** The header block (BODY.PEEK[HEADER]) or the whole message, as the handler `reads`. */
  bytes: Buffer;
}

/** The account a batch came from, as handlers need it. */
export interface HandlerAccount {
  id: string;
  name: string;
  mailSourceId: string | null;
}

/**
 * What a mailbox's purpose does with its messages. A pull is at-least-once: a crash after
 * `handleBatch` and before the move hands the same messages in again, so a handler must be
 * idempotent (received mail dedupes by Message-ID per source; DMARC reports by report identity).
 */
export interface PurposeHandler {
  /** `headers`: only the header block is fetched (received mail: bodies are never read); `source`: all of it. */
  reads: 'headers' | 'source';
  /** One verdict per message, in order; `db` is where to store what the messages add. */
  handleBatch(
    account: HandlerAccount,
    messages: readonly PulledMessage[],
    db: PrismaClient,
  ): Promise<MessageVerdict[]>;
}

/**
 * A handler for purposes that take one whole message at a time — issue 14's DMARC report ingest:
 * message bytes in, accepted or refused (with the reason) out.
 */
export function perMessageHandler(
  handle: (bytes: Buffer, account: HandlerAccount, db: PrismaClient) => Promise<MessageVerdict>,
): PurposeHandler {
  return {
    reads: 'source',
    async handleBatch(account, messages, db) {
      const verdicts: MessageVerdict[] = [];
      for (const message of messages) verdicts.push(await handle(message.bytes, account, db));
      return verdicts;
    },
  };
}

/** The handler of each purpose. A purpose without one is not offered in the settings page or API. */
export const purposeHandlers: Partial<Record<MailboxPurpose, PurposeHandler>> = {
  'received-mail': receivedMailHandler,
  'dmarc-reports': perMessageHandler(ingestDmarcReportMessage),
};

/** The purposes an account may be created with now. */
export function offeredPurposes(): MailboxPurpose[] {
  return mailboxPurposes.filter((purpose) => purposeHandlers[purpose] !== undefined);
}
