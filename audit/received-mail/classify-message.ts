import type { Buffer } from 'node:buffer';
import { type AuthenticationVerdicts, authenticationVerdicts } from './authentication-verdicts';
import { findTrustedField } from './find-trusted-field';
import { readMessageHeaders } from './read-message-headers';
import { receivedSpfVerdict } from './received-spf-verdict';

/**
 * What one message adds to received-mail statistics. `malformed`: no header block, or no usable
 * receive time; `untrusted`: no Authentication-Results field of a trusted authserv-id; `counted`:
 * the trusted field's verdicts. The Message-ID travels along so that the caller, who knows what it
 * has seen (a run, a data source's history), counts duplicates once.
 */
export type MessageOutcome =
  | { kind: 'malformed'; messageId: string | null }
  | { kind: 'untrusted'; messageId: string | null; receivedAt: number }
  | { kind: 'counted'; messageId: string | null; receivedAt: number; verdicts: AuthenticationVerdicts };

/** How a data source is read beyond its trusted authserv-ids. */
export interface ClassifyOptions {
  /** Read the topmost Received-SPF field when the trusted field has no spf result (receivedSpfVerdict). */
  receivedSpf?: boolean;
}

/**
 * Classifies one message from its header block (null: it had none), as the ingest core of every
 * input — mbox, Maildir, .eml, upload, IMAP — does. `trusted` holds lower-case authserv-ids.
 */
export function classifyMessage(
  block: Buffer | null,
  trusted: ReadonlySet<string>,
  options: ClassifyOptions = {},
): MessageOutcome {
  const headers = block === null ? null : readMessageHeaders(block);
  if (headers === null) return { kind: 'malformed', messageId: null };
  const { messageId, receivedAt } = headers;
  if (receivedAt === null) return { kind: 'malformed', messageId };
  const trustedField = findTrustedField(headers, trusted);
  if (!trustedField.found) return { kind: 'untrusted', messageId, receivedAt };
  const verdicts = authenticationVerdicts(trustedField.field, headers.from);
  const hasSpf = trustedField.field?.results.some((result) => result.method === 'spf') ?? false;
  if (options.receivedSpf && !hasSpf)
    verdicts.spf = receivedSpfVerdict(headers.receivedSpf, trustedField.index, trusted) ?? verdicts.spf;
  return { kind: 'counted', messageId, receivedAt, verdicts };
}

/**
 * classifyMessage bound to a source's trusted authserv-ids, given in any case (RFC 8601 §2.5
 * compares them case-insensitively), and its options: the one place a list of ids becomes the
 * classifier that an input — a CLI run, an upload, an IMAP pull — applies to each header block.
 */
export function messageClassifier(
  trustedIds: readonly string[],
  options: ClassifyOptions = {},
): (block: Buffer | null) => MessageOutcome {
  const trusted = new Set(trustedIds.map((id) => id.toLowerCase()));
  return (block) => classifyMessage(block, trusted, options);
}
