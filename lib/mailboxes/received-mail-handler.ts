import { classifyMessage } from '@/audit/received-mail/classify-message';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
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
    const trusted = new Set(source.trustedAuthservIds.map((id) => id.toLowerCase()));
    // The same rule as an upload: Received-SPF is read only for a source that opts in (RFC 7208 §9.1).
    const options = { receivedSpf: source.useReceivedSpf };
    const outcomes = messages.map((message) =>
      classifyMessage(message.bytes.length === 0 ? null : message.bytes, trusted, options),
    );
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
