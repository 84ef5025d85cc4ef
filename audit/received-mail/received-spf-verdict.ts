import { parseReceivedSpf } from './parse-received-spf';
import type { TopReceivedSpf } from './read-message-headers';

/**
 * The SPF result a source that opted in reads from Received-SPF (RFC 7208 §9.1), used only when
 * the trusted Authentication-Results field has no spf result (that field wins: it names its
 * authserv-id, and a receiver strips forged copies of it, RFC 8601 §5). Received-SPF names no
 * authserv-id and nobody strips forged ones, so only the topmost field is read (each verifier
 * prepends its own, §9.1) and only when it is provably the receiver's:
 * - it lies above the trusted field: every hop prepends (RFC 5321 §4.4), so what lies above a
 *   field the trusted receiver wrote was written by that receiver or after it, never by the sender;
 * - or its `receiver=` names one of the source's trusted ids: the opt-in states that the receiver
 *   writes Received-SPF on every message, so its own field is the topmost and a sender's lies below.
 * Null when neither holds, or the field has no readable result: the SPF verdict stays `none`.
 */
export function receivedSpfVerdict(
  top: TopReceivedSpf | null,
  trustedIndex: number,
  trusted: ReadonlySet<string>,
): string | null {
  if (top === null) return null;
  const parsed = parseReceivedSpf(top.value);
  if (parsed === null) return null;
  const above = top.authResultsAbove <= trustedIndex;
  const named = parsed.receiver !== null && trusted.has(parsed.receiver);
  return above || named ? parsed.result : null;
}
