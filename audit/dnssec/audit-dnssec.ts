import { type DnsAnswer, isTemporary, type Resolver, type TemporaryFailure } from '../dns/types';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import type { MxAudit } from '../mx/audit-mx';
import { dnssecStateOf } from './dnssec-state';
import type { DnssecValidation } from './dnssec-validation';
import type { DnssecAudit, DnssecState } from './types';

/** The MX hosts the transport checks look at: in MX order, without the Null MX target. */
export function mxHostsOf(mx: MxAudit): string[] {
  return [...new Set(mx.records.map((record) => record.exchange).filter((host) => host !== ''))];
}

/**
 * Whether the domain's own answers (its MX question, which every audit asks) and each MX host's
 * address answers validate. Without a validating resolver everything is 'unknown', said in
 * `validated: false`, and no finding is made.
 */
export async function auditDnssec(
  domain: string,
  mx: MxAudit,
  resolver: Resolver,
  validation: DnssecValidation | undefined,
): Promise<DnssecAudit> {
  const hosts = mxHostsOf(mx);
  const [own, ...addresses] = await Promise.all([
    resolver.query(domain, 'MX'),
    ...hosts.map((host) => resolver.query(host, 'A')),
  ]);
  const answers = [own, ...addresses] as DnsAnswer[];
  const [domainState, ...hostStates] = await Promise.all(
    answers.map((answer) => dnssecStateOf(answer, validation)),
  );
  const mxHosts = hosts.map((host, i) => ({ host, state: hostStates[i] as DnssecState }));
  const temporaryFailures: TemporaryFailure[] = answers
    .filter((answer, i) => isTemporary(answer.outcome) && [domainState, ...hostStates][i] === 'unknown')
    .map(({ name, type, outcome }) => ({ name, type, outcome }));
  return {
    status: temporaryFailures.length > 0 ? 'partial' : 'complete',
    validated: validation !== undefined,
    domain: domainState as DnssecState,
    mxHosts,
    findings: dnssecFindings(domain, domainState as DnssecState, mxHosts),
    temporaryFailures,
  };
}

function dnssecFindings(domain: string, state: DnssecState, mxHosts: DnssecAudit['mxHosts']): Finding[] {
  const findings: Finding[] = [];
  if (state === 'bogus') findings.push(makeFinding('dnssec.bogus', { domain }, domain));
  if (state === 'insecure') findings.push(makeFinding('dnssec.unsigned', { domain }));
  const bogus = mxHosts.filter((h) => h.state === 'bogus').map((h) => h.host);
  const unsigned = mxHosts.filter((h) => h.state === 'insecure').map((h) => h.host);
  if (bogus.length > 0) findings.push(makeFinding('dnssec.mx-bogus', { hosts: bogus }, bogus.join(', ')));
  if (unsigned.length > 0)
    findings.push(makeFinding('dnssec.mx-unsigned', { hosts: unsigned }, unsigned.join(', ')));
  return findings;
}
