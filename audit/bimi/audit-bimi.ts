import type { DmarcAudit } from '../dmarc/types';
import { readVersionedTxt } from '../dns/read-versioned-txt';
import type { Resolver } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import { clipText, EVIDENCE_TEXT_CHARS } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import type { HttpsFetcher } from '../https/types';
import { bimiDmarcEligible } from './bimi-dmarc-eligible';
import { checkBimiLogo } from './check-bimi-logo';
import { BIMI_VERSION, parseBimiRecord } from './parse-bimi-record';
import type { BimiAudit } from './types';

/**
 * BIMI: the `default._bimi` TXT record, whether DMARC allows a logo, and — with a fetcher — the
 * logo at `l=` checked as SVG Tiny PS. The `a=` mark certificate is noted, not fetched.
 */
export async function auditBimi(
  domain: string,
  resolver: Resolver,
  dmarc: DmarcAudit,
  https?: HttpsFetcher,
): Promise<BimiAudit> {
  const name = `default._bimi.${domain}`;
  const read = await readVersionedTxt(resolver, name, BIMI_VERSION);
  const dmarcEligible = bimiDmarcEligible(dmarc);
  const empty = {
    record: null,
    logoValid: null,
    dmarcEligible,
    findings: [],
    temporaryFailures: [],
    fetch: 'none' as const,
  };
  if (!read.ok) return { ...empty, status: 'partial', temporaryFailures: [read.failure] };
  if (read.records.length === 0) return { ...empty, status: 'complete' };
  const records = read.records.map((text) => clipText(text, EVIDENCE_TEXT_CHARS));
  if (records.length > 1)
    return {
      ...empty,
      status: 'complete',
      findings: [makeFinding('bimi.multiple-records', { name, records }, `${records.length} at ${name}`)],
    };
  const parsed = parseBimiRecord(read.records[0] as string);
  const record = {
    raw: records[0] as string,
    location: parsed.location && clipText(parsed.location, 512),
    authority: parsed.authority && clipText(parsed.authority, 512),
  };
  if (parsed.errors.length > 0) {
    const errors = parsed.errors.slice(0, 5).map((error) => clipText(error, 200));
    return {
      ...empty,
      status: 'complete',
      record,
      findings: [makeFinding('bimi.record-invalid', { name, record: record.raw, errors }, errors.join('; '))],
    };
  }
  // A declination ("l=; a=") asks for no logo: nothing more applies to it.
  if (parsed.declined) return { ...empty, status: 'complete', record };
  const findings: Finding<FindingId>[] = [];
  if (dmarcEligible === false)
    findings.push(makeFinding('bimi.dmarc-not-enforcing', { dmarc: dmarc.record }));
  if (parsed.authority === null) findings.push(makeFinding('bimi.no-authority'));
  if (parsed.location === null) return { ...empty, status: 'complete', record, findings };
  if (!https) return { ...empty, status: 'skipped', record, findings, fetch: 'off' };
  const logo = await checkBimiLogo(parsed.location, resolver, https);
  return {
    ...empty,
    status: logo.temporary ? 'partial' : 'complete',
    record,
    fetch: logo.temporary ? 'temporary' : logo.problem ? 'failed' : 'fetched',
    logoValid: logo.valid,
    findings: [...findings, ...logo.findings],
    temporaryFailures: logo.dns,
    ...(logo.problem ? { fetchProblem: logo.problem } : {}),
  };
}
