import { isSpfRecord, parseSpfRecord } from '../spf/parse-spf';
import type { RecordSelection } from '../spf/select-spf-record';
import { isSenderIdRecord, parseSenderIdRecord, type SenderIdScope } from './parse-sender-id';

/**
 * RFC 4406 §4.4 record selection for one scope: the spf2.0 records that name the scope win over
 * v=spf1 records (which stand for "spf2.0/mfrom,pra"); more than one applicable record is a
 * permerror. Pass it to checkHost() as `selectRecord` to evaluate Sender ID.
 */
export function selectSenderIdRecord(texts: string[], scope: SenderIdScope): RecordSelection {
  const v2 = texts
    .filter(isSenderIdRecord)
    .map(parseSenderIdRecord)
    .filter((p) => p.scopes.includes(scope));
  const candidates = v2.length > 0 ? v2 : texts.filter(isSpfRecord).map(parseSpfRecord);
  const [only] = candidates;
  if (only === undefined) return { kind: 'none' };
  if (candidates.length > 1) return { kind: 'multiple', records: candidates.map((p) => p.record) };
  return { kind: 'one', parsed: only };
}
