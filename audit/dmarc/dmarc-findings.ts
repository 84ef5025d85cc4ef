import type { ProbeHit } from '../dns/probe-txt';
import type { FindingId } from '../findings/catalog';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import type { ReportAuthorization } from './check-report-authorization';
import { misplacedFindings, nearMissFindings } from './discarded-dmarc-findings';
import type { DmarcMistake } from './find-misplaced-dmarc';
import type { DmarcName } from './read-dmarc-name';
import type { DmarcPolicy } from './types';

export interface DmarcFacts {
  domain: string;
  organizationalDomain: string;
  source: 'own' | 'organizational' | null;
  /** The `_dmarc` names read: the domain's own, then the organizational domain's if it was needed. */
  names: DmarcName[];
  /** The one discoverable record that applies, if exactly one was found. */
  record: string | null;
  policy: DmarcPolicy | null;
  unauthorized: ReportAuthorization['unauthorized'];
  complete: boolean;
  /** Valid records at names receivers never read; only looked for when no record applies. */
  misplaced: ProbeHit<DmarcMistake>[];
}

/** Every DMARC finding for one domain, derived from what auditDmarc read. */
export function dmarcFindings(facts: DmarcFacts): Finding<FindingId>[] {
  return [...recordFindings(facts), ...policyFindings(facts), ...reportFindings(facts)];
}

function recordFindings({
  domain,
  names,
  source,
  record,
  complete,
  organizationalDomain,
  misplaced,
}: DmarcFacts): Finding<FindingId>[] {
  const findings: Finding<FindingId>[] = [];
  for (const name of names) {
    if (name.discoverable.length > 1) {
      const records = name.discoverable.map((r) => r.text);
      findings.push(
        makeFinding(
          'dmarc.multiple-records',
          { name: name.name, records },
          `${records.length} at ${name.name}`,
        ),
      );
    }
    const applying = name.discoverable.length === 1 ? name.discoverable : [];
    for (const { text, parsed } of applying.filter((r) => r.parsed.errors.length > 0)) {
      findings.push(
        makeFinding(
          'dmarc.syntax-error',
          { name: name.name, record: text, errors: parsed.errors },
          parsed.errors.join('; '),
        ),
      );
    }
  }
  // A discarded record does not count as one (RFC 7489 §6.6.3): dmarc.near-miss explains the
  // dmarc.missing it leaves, which stays, since receivers do find no record.
  const seen = names.some((name) => name.discoverable.length > 0);
  if (complete && !seen)
    findings.push(makeFinding('dmarc.missing', { queried: names.map((name) => name.name) }));
  findings.push(...nearMissFindings(names), ...misplacedFindings(domain, misplaced));
  if (source === 'organizational' && record) {
    findings.push(makeFinding('dmarc.inherited', { organizationalDomain, record }, organizationalDomain));
  }
  return findings;
}

function policyFindings({ policy, source, domain, organizationalDomain }: DmarcFacts): Finding<FindingId>[] {
  if (!policy) return [];
  const findings: Finding<FindingId>[] = [];
  const evidence = { applied: policy.applied, p: policy.p, sp: policy.sp, np: policy.np };
  if (policy.effective === 'none')
    findings.push(makeFinding('dmarc.policy-none', evidence, `${policy.applied}=none`));
  // sp/np only reach subdomains from the Organizational Domain's record (RFC 7489 §6.6.3 discovery).
  const subdomainsNone = (['sp', 'np'] as const).filter((tag) => policy[tag] === 'none');
  if (
    source === 'own' &&
    domain === organizationalDomain &&
    policy.p !== 'none' &&
    subdomainsNone.length > 0
  ) {
    findings.push(
      makeFinding(
        'dmarc.subdomain-policy-none',
        evidence,
        subdomainsNone.map((tag) => `${tag}=none`).join(', '),
      ),
    );
  }
  if (policy.effective !== 'none' && policy.pct < 100) {
    findings.push(makeFinding('dmarc.pct-partial', { ...evidence, pct: policy.pct }, `pct=${policy.pct}`));
  }
  if (policy.effective !== 'none' && policy.testing)
    findings.push(makeFinding('dmarc.testing', evidence, 't=y'));
  return findings;
}

function reportFindings({ policy, unauthorized }: DmarcFacts): Finding<FindingId>[] {
  if (!policy) return [];
  const findings: Finding<FindingId>[] = [];
  if (policy.rua.length === 0) findings.push(makeFinding('dmarc.no-rua'));
  for (const { uri, host, query } of unauthorized) {
    findings.push(makeFinding('dmarc.rua-unauthorized', { uri, host, query }, `${uri} (no TXT at ${query})`));
  }
  return findings;
}
