import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';

/** What the domain's stored DMARC aggregate reports say about who sends as it (lib/dmarc reads it). */
export interface ReportedSenders {
  /** Sources no admin approved that sent at least the threshold of messages in the window. */
  unapproved: Array<{ ip: string; messages: number }>;
}

/** The window of reports the finding reads, in days before the scan (by each report's end). */
export const UNAPPROVED_WINDOW_DAYS = 30;
/** Messages an unapproved source must have sent in the window to count: one stray message is noise. */
export const UNAPPROVED_MIN_MESSAGES = 10;

/** Sources named in the finding; the panel lists them all. */
const LISTED = 5;

/**
 * `dmarc.unapproved-source` when the domain's reports show unapproved sources sending volume. The
 * scan gets the figures as input (DMARC reports are not DNS), so the finding flows like any other:
 * history, events, alerts and grades.
 */
export function unapprovedSourcesFindings(senders: ReportedSenders | undefined): Finding[] {
  if (!senders || senders.unapproved.length === 0) return [];
  const top = [...senders.unapproved].sort((a, b) => b.messages - a.messages || (a.ip < b.ip ? -1 : 1));
  const messages = top.reduce((sum, source) => sum + source.messages, 0);
  const listed = top.slice(0, LISTED).map((source) => `${source.ip} (${source.messages})`);
  return [
    makeFinding(
      'dmarc.unapproved-source',
      { sources: top.length, messages, top: listed },
      `${top.length} source(s), ${messages} messages: ${listed.join(', ')}`,
    ),
  ];
}
