import { isSpfRecord, parseSpfRecord } from './parse-spf';
import type { ParsedSpf } from './spf-types';

/** The outcome of picking the one record that applies from a name's TXT records. */
export type RecordSelection =
  | { kind: 'none' }
  | { kind: 'multiple'; records: string[] }
  | { kind: 'one'; parsed: ParsedSpf };

/** Picks and parses the applicable record from joined TXT strings; Sender ID brings its own. */
export type RecordSelector = (texts: string[]) => RecordSelection;

/**
 * RFC 7208 §4.5: keep the TXT records that begin with "v=spf1"; none gives "none", more than one
 * "permerror". Other TXT records, however malformed, are none of SPF's business.
 */
export function selectSpfRecord(texts: string[]): RecordSelection {
  const records = texts.filter(isSpfRecord);
  const [only] = records;
  if (only === undefined) return { kind: 'none' };
  if (records.length > 1) return { kind: 'multiple', records };
  return { kind: 'one', parsed: parseSpfRecord(only) };
}
