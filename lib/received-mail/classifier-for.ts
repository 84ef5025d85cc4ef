import type { Buffer } from 'node:buffer';
import { type MessageOutcome, messageClassifier } from '@/audit/received-mail/classify-message';

/** What a data source says about how its mail is read. */
export interface ClassifiedSource {
  trustedAuthservIds: readonly string[];
  useReceivedSpf: boolean;
}

/**
 * How every input of a data source — an upload, an IMAP pull — classifies a message: only its
 * trusted authserv-ids count, and Received-SPF is read only when the source opts in (RFC 7208
 * §9.1). An empty block (an IMAP message with no header part) is no header block: malformed.
 */
export function classifierFor(source: ClassifiedSource): (block: Buffer | null) => MessageOutcome {
  const classify = messageClassifier(source.trustedAuthservIds, { receivedSpf: source.useReceivedSpf });
  return (block) => classify(block === null || block.length === 0 ? null : block);
}
