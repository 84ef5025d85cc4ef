import type { ScorecardReport } from './scorecard-report';

type Report = Pick<ScorecardReport, 'dnssec' | 'dane' | 'starttls'>;
type DaneHost = NonNullable<Report['dane']>['hosts'][number];
type ProbedHost = NonNullable<Report['starttls']>['hosts'][number];

/** One MX host as the DNSSEC, DANE and STARTTLS sections saw it; null where a section did not. */
export interface MxTransportHost {
  host: string;
  dnssec: NonNullable<Report['dnssec']>['mxHosts'][number]['state'] | null;
  dane: Omit<DaneHost, 'host'> | null;
  starttls: Omit<ProbedHost, 'host'> | null;
}

/**
 * The MX hosts of a report's DNSSEC, DANE and STARTTLS sections, merged per host in MX order, for
 * the scorecard page and its exports alike.
 */
export function mxTransportHosts(report: Report): MxTransportHost[] {
  const names = [
    ...(report.dnssec?.mxHosts.map((h) => h.host) ?? []),
    ...(report.dane?.hosts.map((h) => h.host) ?? []),
    ...(report.starttls?.hosts.map((h) => h.host) ?? []),
  ];
  return [...new Set(names)].map((host) => {
    const dane = report.dane?.hosts.find((h) => h.host === host);
    const probe = report.starttls?.hosts.find((h) => h.host === host);
    return {
      host,
      dnssec: report.dnssec?.mxHosts.find((h) => h.host === host)?.state ?? null,
      dane: dane ? withoutHost(dane) : null,
      starttls: probe ? withoutHost(probe) : null,
    };
  });
}

const withoutHost = <T extends { host: string }>({ host: _host, ...rest }: T): Omit<T, 'host'> => rest;
