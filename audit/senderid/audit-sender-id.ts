import type { TemporaryFailure } from '../dns/types';
import { isTemporary, joinTxt, type Resolver } from '../dns/types';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { isSenderIdRecord, parseSenderIdRecord, type SenderIdScope } from './parse-sender-id';

export interface SenderIdAudit {
  status: 'complete' | 'partial';
  records: Array<{ record: string; scopes: SenderIdScope[]; errors: string[] }>;
  temporaryFailures: TemporaryFailure[];
  findings: Finding[];
}

/**
 * Reports the Sender ID records (RFC 4406, experimental; ended by RFC 6686) a domain publishes in
 * TXT. Receivers no longer evaluate them, so publishing one is information, not an error.
 */
export async function auditSenderId(domain: string, resolver: Resolver): Promise<SenderIdAudit> {
  const name = domain.toLowerCase().replace(/\.$/, '');
  const answer = await resolver.query(name, 'TXT');
  if (isTemporary(answer.outcome)) {
    return {
      status: 'partial',
      records: [],
      temporaryFailures: [{ name, type: 'TXT', outcome: answer.outcome }],
      findings: [],
    };
  }
  const records = answer.records
    .map(joinTxt)
    .filter(isSenderIdRecord)
    .map(parseSenderIdRecord)
    .map((p) => ({ record: p.record, scopes: p.scopes, errors: p.errors.map((e) => e.message) }));
  const findings = records.length === 0 ? [] : [senderIdFinding(name, records)];
  return { status: 'complete', records, temporaryFailures: [], findings };
}

function senderIdFinding(domain: string, records: SenderIdAudit['records']): Finding {
  const scopes = [...new Set(records.flatMap((r) => r.scopes))];
  const detail = `${records.length} record(s); Sender ID is no longer evaluated (RFC 6686)`;
  return makeFinding('senderid.record', { domain, records: records.map((r) => r.record), scopes }, detail);
}
