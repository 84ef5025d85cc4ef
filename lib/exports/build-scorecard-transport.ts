import { mxTransportHosts } from '@/lib/queries/mx-transport-hosts';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';
import type { ScorecardTransport } from './scorecard-transport-schema';

/** The transport sections of the export, from the report as the scorecard read it (bounded there). */
export function buildScorecardTransport(report: ScorecardReport): ScorecardTransport {
  const { mtaSts, tlsRpt, bimi, dnssec, starttls } = report;
  return {
    mtaSts: mtaSts ? { ...mtaSts, fetchProblem: mtaSts.fetchProblem ?? null } : null,
    tlsRpt: tlsRpt ?? null,
    bimi: bimi ? { ...bimi, fetchProblem: bimi.fetchProblem ?? null } : null,
    dnssec: dnssec ? { status: dnssec.status, validated: dnssec.validated, domain: dnssec.domain } : null,
    smtpProbe: starttls?.status ?? null,
    mxHosts: mxTransportHosts(report).map((host) => ({
      ...host,
      starttls: host.starttls && {
        outcome: host.starttls.outcome,
        detail: host.starttls.detail ?? null,
        tlsVersion: host.starttls.tlsVersion ?? null,
        certificate: host.starttls.certificate ?? null,
      },
    })),
  };
}
