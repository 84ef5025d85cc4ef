import { type DnsOutcome, isTemporary, joinTxt, type Resolver } from '../dns/types';
import { type DmarcParse, parseDmarcRecord } from './parse-dmarc-record';

type DmarcRecordParse = Extract<DmarcParse, { kind: 'dmarc' }>;

export interface DmarcName {
  name: string;
  outcome: DnsOutcome;
  temporary: boolean;
  /** Records starting with exactly "v=DMARC1": the ones receivers use (RFC 7489 §6.6.3). */
  discoverable: Array<{ text: string; parsed: DmarcRecordParse }>;
  /** Records meant as DMARC that receivers discard (wrong version, leading space): reported, not used. */
  broken: Array<{ text: string; parsed: DmarcRecordParse }>;
}

/** Queries `_dmarc.<domain>` and sorts its TXT records; SPF and other unrelated records are dropped. */
export async function readDmarcName(domain: string, resolver: Resolver): Promise<DmarcName> {
  const answer = await resolver.query(`_dmarc.${domain}`, 'TXT');
  const records = answer.records.map(joinTxt).flatMap((text) => {
    const parsed = parseDmarcRecord(text);
    return parsed.kind === 'dmarc' ? [{ text, parsed }] : [];
  });
  return {
    name: answer.name,
    outcome: answer.outcome,
    temporary: isTemporary(answer.outcome),
    discoverable: records.filter((record) => record.parsed.discoverable),
    broken: records.filter((record) => !record.parsed.discoverable),
  };
}
