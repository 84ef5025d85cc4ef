import { formatTlsa } from '../audit/dane/tlsa-usability';
import type { AuditReport } from '../audit/report';

/**
 * The DNSSEC, DANE and STARTTLS lines of `kensa audit`, each only when it has something to say
 * (validation on, TLSA found, probing on), so the default output is as it was before them.
 */
export function transportLines(report: AuditReport): [label: string, value: string][] {
  const lines: [string, string][] = [];
  const { dnssec, dane, starttls } = report;
  if (dnssec?.validated) {
    const hosts = dnssec.mxHosts.map((h) => `${h.host} ${h.state}`);
    lines.push(['DNSSEC', `${dnssec.domain}${hosts.length ? `  (MX: ${hosts.join(', ')})` : ''}`]);
  }
  const withTlsa = dane?.hosts.filter((host) => host.tlsa.length > 0) ?? [];
  if (withTlsa.length > 0) {
    const hosts = withTlsa.map((h) => `${h.host} [${h.tlsa.map(formatTlsa).join(', ')}] ${h.dnssec}`);
    lines.push(['DANE', hosts.join('; ')]);
  }
  if (starttls && starttls.status !== 'skipped') {
    const hosts = starttls.hosts.map(
      (h) => `${h.host} ${h.outcome}${h.tlsVersion ? ` ${h.tlsVersion}` : ''}`,
    );
    lines.push(['STARTTLS', hosts.join(', ') || 'no MX host']);
  }
  return lines;
}
