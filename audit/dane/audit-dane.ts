import { isTemporary, type Resolver, type TemporaryFailure } from '../dns/types';
import { dnssecStateOf } from '../dnssec/dnssec-state';
import type { DnssecValidation } from '../dnssec/dnssec-validation';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { tlsaMatches } from './match-tlsa';
import { formatTlsa, isRecommendedTlsa, tlsaProblem } from './tlsa-usability';
import type { DaneAudit, DaneHost } from './types';

/** The TLSA owner name of an MX host's SMTP service (RFC 7672 §2.2.3: port 25, TCP). */
export const tlsaName = (host: string) => `_25._tcp.${host}`;

/**
 * DANE for each MX host (RFC 7672): the TLSA RRset at `_25._tcp.<host>` counts only when its answer
 * is DNSSEC-secure (§2.2); its records' parameters are checked whatever the state. `chains`: the
 * certificate chain each host presented to the STARTTLS probe, when probing is on.
 */
export async function auditDane(
  hosts: string[],
  resolver: Resolver,
  validation: DnssecValidation | undefined,
  chains?: ReadonlyMap<string, Buffer[]>,
): Promise<DaneAudit> {
  const answers = await Promise.all(hosts.map((host) => resolver.query(tlsaName(host), 'TLSA')));
  const temporaryFailures: TemporaryFailure[] = [];
  const results = await Promise.all(
    answers.map(async (answer, i): Promise<DaneHost> => {
      const host = hosts[i] as string;
      const dnssec = await dnssecStateOf(answer, validation);
      if (dnssec === 'unknown' && isTemporary(answer.outcome))
        temporaryFailures.push({ name: answer.name, type: answer.type, outcome: answer.outcome });
      const tlsa = answer.records as DaneHost['tlsa'];
      const usableRecords = tlsa.filter((record) => tlsaProblem(record) === null);
      const usable = dnssec === 'unknown' ? null : dnssec === 'secure' && usableRecords.length > 0;
      const chain = chains?.get(host);
      const certificateMatches =
        usable === true && chain !== undefined && chain.length > 0
          ? usableRecords.some((record) => tlsaMatches(record, chain))
          : null;
      return { host, dnssec, tlsa, usable, certificateMatches };
    }),
  );
  return {
    status: temporaryFailures.length > 0 ? 'partial' : 'complete',
    hosts: results,
    findings: results.flatMap(daneFindings),
    temporaryFailures,
  };
}

function daneFindings(host: DaneHost): Finding[] {
  const findings: Finding[] = [];
  const name = tlsaName(host.host);
  if (host.dnssec === 'bogus') findings.push(makeFinding('dane.tlsa-bogus', { name }, name));
  if (host.dnssec === 'secure' && host.tlsa.length === 0)
    findings.push(makeFinding('dane.missing', { host: host.host }, host.host));
  if (host.dnssec === 'insecure' && host.tlsa.length > 0)
    findings.push(makeFinding('dane.tlsa-not-secure', { name, records: host.tlsa.map(formatTlsa) }, name));
  const problems = host.tlsa.flatMap((record) => {
    const problem = tlsaProblem(record);
    return problem === null ? [] : [`${formatTlsa(record)}: ${problem}`];
  });
  if (problems.length > 0)
    findings.push(makeFinding('dane.unusable-record', { name, problems }, problems.slice(0, 2).join('; ')));
  if (host.dnssec === 'secure' && host.tlsa.length > 0 && host.usable === false)
    findings.push(makeFinding('dane.no-usable-record', { name }, name));
  const unusual = host.tlsa.filter((r) => tlsaProblem(r) === null && !isRecommendedTlsa(r)).map(formatTlsa);
  if (unusual.length > 0)
    findings.push(
      makeFinding('dane.parameters-not-recommended', { name, records: unusual }, unusual.join(', ')),
    );
  if (host.certificateMatches === false)
    findings.push(makeFinding('dane.certificate-mismatch', { host: host.host }, host.host));
  return findings;
}
