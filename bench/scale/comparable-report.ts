/**
 * What two engines must agree on when they audit the same domain: the whole report except when it
 * ran (`checkedAt`) and what it cost (`queries`, which caching and the RFC 8020 cut change by design).
 */
import { createHash } from 'node:crypto';
import type { AuditReport } from '@/audit/report';

export function comparableReport(report: AuditReport): Omit<AuditReport, 'checkedAt' | 'queries'> {
  const { checkedAt: _when, queries: _cost, ...rest } = report;
  return rest;
}

/** A short digest of comparableReport, for goldens kept in the repository. */
export function reportDigest(report: AuditReport): string {
  return createHash('sha256')
    .update(JSON.stringify(comparableReport(report)))
    .digest('base64url')
    .slice(0, 16);
}
