import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { classifierFor } from '@/lib/received-mail/classifier-for';
import { recordMailIngest } from '@/lib/received-mail/record-mail-ingest';
import type { MessageVerdict, PurposeHandler } from './purpose-handlers';

/**
 * Received mail: each header block is classified with the source's trusted authserv-ids (and its
 * Received-SPF opt-in) and the batch stored as one ingest (duplicates by Message-ID count once, so
 * a batch handled again after a crash counts once). A malformed message (no header block or no receive time) is counted as such
 * and refused, so it lands in the invalid folder for a person to look at.
 */
export const receivedMailHandler: PurposeHandler = {
  reads: 'headers',
  async handleBatch(account, messages, db) {
    if (account.mailSourceId === null) throw new Error(`mailbox "${account.name}" names no mail source`);
    const source = await db.mailSource.findUniqueOrThrow({
      where: { id: account.mailSourceId },
      select: { id: true, trustedAuthservIds: true, useReceivedSpf: true },
    });
    // The same classifier as an upload of the source's mail files.
    const classify = classifierFor(source);
    const outcomes = messages.map((message) => classify(message.bytes));
    await recordMailIngest(
      SYSTEM_ACTOR,
      { sourceId: source.id, label: `IMAP ${account.name}` },
      outcomes,
      db,
    );
    return outcomes.map(
      (outcome): MessageVerdict =>
        outcome.kind === 'malformed'
          ? { kind: 'refused', reason: 'no header block or no usable receive time' }
          : { kind: 'accepted' },
    );
  },
};
