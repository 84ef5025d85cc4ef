import { auditAdsp } from './adsp/audit-adsp';
import { auditBimi } from './bimi/audit-bimi';
import { auditDane } from './dane/audit-dane';
import { auditDkim } from './dkim/audit-dkim';
import { auditDmarc } from './dmarc/audit-dmarc';
import { type ReportedSenders, unapprovedSourcesFindings } from './dmarc-report/unapproved-sources-finding';
import { createCountingResolver } from './dns/counting-resolver';
import type { Resolver, TemporaryFailure } from './dns/types';
import { auditDnssec, mxHostsOf } from './dnssec/audit-dnssec';
import type { DnssecValidation } from './dnssec/dnssec-validation';
import { normalizeDomain } from './domain-name';
import { makeFinding } from './findings/make-finding';
import type { Finding } from './findings/types';
import type { HttpsFetcher } from './https/types';
import { auditMtaSts } from './mta-sts/audit-mta-sts';
import { auditMx } from './mx/audit-mx';
import { parkedFindings } from './parked/parked-findings';
import type { AuditReport } from './report';
import { auditSenderId } from './senderid/audit-sender-id';
import { auditSpf } from './spf/audit-spf';
import { auditStarttls } from './starttls/audit-starttls';
import type { SmtpProbeOptions } from './starttls/smtp-probe-options';
import { auditTlsRpt } from './tls-rpt/audit-tls-rpt';

export interface AuditOptions {
  resolver: Resolver;
  /** The domain's own DKIM selectors, probed before the built-in dictionary. */
  selectors?: readonly string[];
  /** Marked parked by its owner: sends no mail, so the parked rules apply (as with a Null MX). */
  parked?: boolean;
  /** What the domain's DMARC aggregate reports show (stored by the app; the CLI has none). */
  reportedSenders?: ReportedSenders;
  /** Use the RFC 8020 NXDOMAIN shortcut at `_domainkey.<domain>` (default true). */
  rfc8020?: boolean;
  /**
   * Fetches MTA-STS policies and BIMI logos over HTTPS (KENSA_MTA_STS_FETCH, the CLI's
   * --no-mta-sts-fetch). Absent: only their TXT records are read, and those sections are 'skipped'.
   */
  https?: HttpsFetcher;
  /** Given when the resolver validates DNSSEC (its AD bit is read); absent, DNSSEC states are unknown. */
  dnssec?: DnssecValidation;
  /** Probe each MX host's STARTTLS on port 25; absent (the default), STARTTLS is 'skipped'. */
  smtpProbe?: SmtpProbeOptions;
  /** Clock for `checkedAt`; tests pass their own. */
  now?: () => Date;
}

/** The input is not a domain name Kensa can audit (the CLI exits 2 on it). */
export class InvalidDomainError extends Error {}

/**
 * Audits one domain: every check, each through the same resolver (so a run's cache is shared), and
 * one report. When any lookup failed temporarily the report is `partial` with one
 * `dns.temporary-failure` finding, and no check reports as missing what it could not read.
 */
export async function auditDomain(input: string, options: AuditOptions): Promise<AuditReport> {
  const name = normalizeDomain(input);
  if (!name.ok) throw new InvalidDomainError(`${input}: ${name.error}`);
  const domain = name.ascii;
  const counter = createCountingResolver(options.resolver, domain);
  const resolver = counter.resolver;

  // One wave: DKIM starts beside the others (its `_domainkey` question and, unless RFC 8020 cuts
  // it, the whole dictionary); whether the domain sends mail is needed only for its findings.
  const mxAudit = auditMx(domain, resolver);
  const sending = mxAudit.then((mx) => !(options.parked === true || mx.nullMx));
  const dmarcAudit = auditDmarc(domain, resolver);
  const [mx, spf, senderId, dmarc, dkim, nonSending, mtaSts, tlsRpt, bimi] = await Promise.all([
    mxAudit,
    auditSpf(domain, resolver),
    auditSenderId(domain, resolver),
    dmarcAudit,
    auditDkim(domain, resolver, {
      selectors: [...(options.selectors ?? [])],
      sending,
      ...(options.rfc8020 === undefined ? {} : { rfc8020: options.rfc8020 }),
    }),
    sending.then((sends) => !sends),
    // The transport and brand checks (issue 15): MTA-STS judges the MX hosts, BIMI needs DMARC.
    mxAudit.then((mxRead) => auditMtaSts(domain, resolver, mxRead, options.https)),
    mxAudit.then((mxRead) => auditTlsRpt(domain, resolver, mxRead)),
    dmarcAudit.then((dmarcRead) => auditBimi(domain, resolver, dmarcRead, options.https)),
  ]);
  const usableKey = dkim.keys.some((key) => key.errors.length === 0 && !key.revoked);
  // Unknown when no key was found but some selector lookups failed: ADSP must not judge on that.
  const dkimKeyFound = usableKey ? true : dkim.status === 'partial' ? null : false;
  const adsp = await auditAdsp(domain, resolver, {
    dkimKeyFound,
    domainkeyAbsent: dkim.shortcut === 'nxdomain-at-_domainkey',
  });

  const transport = await auditTransport(domain, mx, resolver, options);

  // STARTTLS is left out: a connection that fails is not a DNS failure, and with port 25 blocked
  // (OP25B) every domain would be partial and retried.
  const parts = [
    mx,
    spf,
    senderId,
    dmarc,
    dkim,
    adsp,
    mtaSts,
    tlsRpt,
    bimi,
    transport.dnssec,
    transport.dane,
  ];
  const temporaryFailures = uniqueFailures(parts.flatMap((part) => part.temporaryFailures));
  const findings: Finding[] = [...parts, transport.starttls].flatMap((part) => part.findings);
  // Parked rules judge what was read: a record that could not be read is unknown, not absent.
  if (spf.status === 'complete' && dmarc.status === 'complete') {
    findings.push(...parkedFindings({ nonSending, spfRecord: spf.record, dmarcPolicy: dmarc.policy }));
  }
  findings.push(...unapprovedSourcesFindings(options.reportedSenders));
  const unreachable = counter.sawUnreachable();
  if (temporaryFailures.length > 0) findings.push(temporaryFailureFinding(temporaryFailures, unreachable));

  return {
    domain,
    unicode: name.unicode,
    status: temporaryFailures.length > 0 ? 'partial' : 'complete',
    checkedAt: (options.now ?? (() => new Date()))().toISOString(),
    nonSending,
    parked: options.parked === true,
    findings,
    spf,
    senderId,
    dkim,
    adsp,
    dmarc,
    mx,
    mtaSts,
    tlsRpt,
    bimi,
    dnssec: transport.dnssec,
    dane: transport.dane,
    starttls: transport.starttls,
    temporaryFailures,
    queries: counter.count() + transport.extraQueries(),
    ...(unreachable ? { resolverUnreachable: true as const } : {}),
  };
}

/**
 * DNSSEC, DANE and STARTTLS of the MX hosts (issue 15). DANE waits for the probe: the certificate each
 * host served is matched against its TLSA records. Queries asked with CD set are counted apart.
 */
async function auditTransport(
  domain: string,
  mx: Awaited<ReturnType<typeof auditMx>>,
  resolver: Resolver,
  options: AuditOptions,
) {
  const hosts = mxHostsOf(mx);
  const cd = options.dnssec && createCountingResolver(options.dnssec.checkingDisabled, domain);
  const validation = cd && { checkingDisabled: cd.resolver };
  const [dnssec, probed] = await Promise.all([
    auditDnssec(domain, mx, resolver, validation),
    auditStarttls(hosts, resolver, options.smtpProbe),
  ]);
  const dane = await auditDane(hosts, resolver, validation, probed.chains);
  return { dnssec, dane, starttls: probed.audit, extraQueries: () => cd?.count() ?? 0 };
}

/** SPF and Sender ID read the same TXT answer: one failed lookup is listed once. */
function uniqueFailures(failures: TemporaryFailure[]): TemporaryFailure[] {
  const seen = new Map(failures.map((f) => [`${f.name} ${f.type}`, f]));
  return [...seen.values()];
}

/**
 * When the resolver itself was down (its circuit breaker open), say so: the failures are about
 * Kensa's DNS, not the domain's.
 */
function temporaryFailureFinding(failures: TemporaryFailure[], unreachable: boolean): Finding {
  const lookups = failures.map((f) => `${f.name} ${f.type}: ${f.outcome}`);
  const id = unreachable ? 'dns.resolver-unreachable' : 'dns.temporary-failure';
  return makeFinding(id, { lookups }, lookups.slice(0, 3).join('; '));
}
