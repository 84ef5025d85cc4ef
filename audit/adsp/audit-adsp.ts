import { isDkimKeyCandidate } from '../dkim/is-dkim-key-candidate';
import type { TemporaryFailure } from '../dns/types';
import { isTemporary, joinTxt, type Resolver } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { type AdspPolicy, parseAdspRecord } from './parse-adsp-record';

export interface AdspAudit {
  status: 'complete' | 'partial';
  /** The ADSP record, or null when none is published (or it could not be read). */
  record: string | null;
  /** null when there is no record or it is invalid. */
  policy: AdspPolicy | null;
  temporaryFailures: TemporaryFailure[];
  findings: Finding<FindingId>[];
}

/**
 * Reads `_adsp._domainkey.<domain>` (RFC 5617 §4.1). ADSP is Historic (moved in 2013): receivers
 * largely ignore it, but a dkim=all/discardable record still tells those that do to distrust
 * unsigned mail, so it is checked against whether any usable DKIM key was found (`dkimKeyFound`:
 * null when DKIM discovery was partial and found none, so the answer is unknown and not judged).
 */
export async function auditAdsp(
  domain: string,
  resolver: Resolver,
  { dkimKeyFound, domainkeyAbsent = false }: { dkimKeyFound: boolean | null; domainkeyAbsent?: boolean },
): Promise<AdspAudit> {
  // RFC 8020 §2: `_domainkey.<domain>` answered NXDOMAIN, so `_adsp._domainkey.<domain>` does not exist.
  if (domainkeyAbsent)
    return { status: 'complete', record: null, policy: null, temporaryFailures: [], findings: [] };
  const answer = await resolver.query(`_adsp._domainkey.${domain}`, 'TXT');
  if (isTemporary(answer.outcome)) {
    const { name, type, outcome } = answer;
    return {
      status: 'partial',
      record: null,
      policy: null,
      temporaryFailures: [{ name, type, outcome }],
      findings: [],
    };
  }
  // §4.1: a record with no tags is ignored; a DKIM key answering here is a `*._domainkey` wildcard.
  const records = answer.records
    .map(joinTxt)
    .filter((text) => text.trim() !== '' && !isDkimKeyCandidate(text));
  const record = records[0] ?? null;
  if (record === null)
    return { status: 'complete', record, policy: null, temporaryFailures: [], findings: [] };
  const findings = [makeFinding('adsp.present', { record })];
  const parsed = parseAdspRecord(record);
  // §4.3: more than one record leaves the ADSP result undefined.
  const errors =
    records.length > 1 ? [`${records.length} ADSP records are published; there must be one`] : [];
  if (!parsed.ok) errors.push(...parsed.errors);
  if (errors.length > 0) findings.push(makeFinding('adsp.invalid', { record, errors }, errors.join('; ')));
  const policy = errors.length === 0 && parsed.ok ? parsed.policy : null;
  if ((policy === 'all' || policy === 'discardable') && dkimKeyFound === false) {
    findings.push(makeFinding('adsp.discardable-without-dkim', { record, policy }, `dkim=${policy}`));
  }
  return { status: 'complete', record, policy, temporaryFailures: [], findings };
}
