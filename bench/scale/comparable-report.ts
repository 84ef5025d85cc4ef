/**
 * What two engines must agree on when they audit the same domain: the whole report except when it
 * ran (`checkedAt`), what it cost (`queries`, which caching and the RFC 8020 cut change by design),
 * and the transport and brand sections of issue 15 with their findings, which the golden predates
 * (their own tests cover them).
 */
import { createHash } from 'node:crypto';
import type { AuditReport } from '@/audit/report';

type Issue15Section = 'mtaSts' | 'tlsRpt' | 'bimi' | 'dnssec' | 'dane' | 'starttls';

export function comparableReport(
  report: AuditReport,
): Omit<AuditReport, 'checkedAt' | 'queries' | Issue15Section> {
  const {
    checkedAt: _when,
    queries: _cost,
    mtaSts: _mtaSts,
    tlsRpt: _tlsRpt,
    bimi: _bimi,
    dnssec: _dnssec,
    dane: _dane,
    starttls: _starttls,
    ...rest
  } = report;
  return { ...rest, findings: rest.findings.filter((f) => !ISSUE_15_FINDING.test(f.id)) };
}

const ISSUE_15_FINDING = /^(mta-sts|tls-rpt|bimi|dnssec|dane|starttls)\./;

/** A short digest of comparableReport, for goldens kept in the repository. */
export function reportDigest(report: AuditReport): string {
  return createHash('sha256')
    .update(JSON.stringify(comparableReport(report)))
    .digest('base64url')
    .slice(0, 16);
}
