import { type DnsOutcome, isTemporary, joinTxt, type Resolver } from '../dns/types';
import { type DmarcNearMiss, detectDmarcNearMiss } from './detect-dmarc-near-miss';
import { type DmarcParse, parseDmarcRecord } from './parse-dmarc-record';

type DmarcRecordParse = Extract<DmarcParse, { kind: 'dmarc' }>;

export interface DmarcName {
  name: string;
  outcome: DnsOutcome;
  temporary: boolean;
  /** Records starting with exactly "v=DMARC1": the ones receivers use (RFC 7489 §6.6.3). */
  discoverable: Array<{ text: string; parsed: DmarcRecordParse }>;
  /** Records meant as DMARC that receivers discard (version not first, a leading space…): reported, not used. */
  nearMisses: Array<{ text: string; nearMiss: DmarcNearMiss }>;
}

/** Queries `_dmarc.<domain>` and sorts its TXT records; SPF and other unrelated records are dropped. */
export async function readDmarcName(domain: string, resolver: Resolver): Promise<DmarcName> {
  const answer = await resolver.query(`_dmarc.${domain}`, 'TXT');
  const discoverable: DmarcName['discoverable'] = [];
  const nearMisses: DmarcName['nearMisses'] = [];
  for (const text of answer.records.map(joinTxt)) {
    const parsed = parseDmarcRecord(text);
    if (parsed.kind === 'dmarc') discoverable.push({ text, parsed });
    const nearMiss = parsed.kind === 'dmarc' ? null : detectDmarcNearMiss(text);
    if (nearMiss) nearMisses.push({ text, nearMiss });
  }
  return {
    name: answer.name,
    outcome: answer.outcome,
    temporary: isTemporary(answer.outcome),
    discoverable,
    nearMisses,
  };
}
