import { recentResults } from '../recent-results';
import { parseTerms, termError } from './parse-terms';
import { spfNotes } from './spf-notes';
import type { ParsedSpf } from './spf-types';

// RFC 7208 §4.5: "v=spf1" (case-insensitive), then a space or the end of the record.
const VERSION = /^v=spf1(?: |$)/i;

/** True when a TXT string is an SPF version 1 record (RFC 7208 §4.5). */
export function isSpfRecord(text: string): boolean {
  return VERSION.test(text);
}

/**
 * Parses an SPF record (RFC 7208 §12) without touching the DNS. Every term is checked: `errors`
 * lists each problem precisely (any error makes check_host() return permerror, §4.6), `notes` the
 * publishing problems that are not errors. The result is frozen and shared by every audit that
 * meets the same text (a provider's include is read for each of its customers).
 */
export const parseSpfRecord: (record: string) => ParsedSpf = recentResults(1000, parse);

function parse(record: string): ParsedSpf {
  if (!isSpfRecord(record)) {
    const reason = "the record does not begin with 'v=spf1' followed by a space or its end";
    return {
      record,
      terms: [],
      mechanisms: [],
      redirect: null,
      exp: null,
      errors: [termError('version', 0, '', reason)],
      notes: [],
    };
  }
  const parsed = parseTerms(record, 'v=spf1'.length);
  return { record, ...parsed, notes: spfNotes(record, parsed.mechanisms, parsed.redirect) };
}
