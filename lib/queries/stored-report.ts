import type { Prisma } from '@/generated/prisma/client';

/** The domain_scans columns a stored report is read from: its body (scan_reports) and its per-scan fields. */
export const STORED_REPORT_SELECT = {
  checkedAt: true,
  queries: true,
  storedReport: { select: { body: true } },
} satisfies Prisma.DomainScanSelect;

type StoredReportColumns = Prisma.DomainScanGetPayload<{ select: typeof STORED_REPORT_SELECT }>;

/**
 * The AuditReport a scan stored, as the worker produced it: the body shared by every scan that found
 * the same (lib/scans/record-scan-results.ts) with this scan's checkedAt and queries put back; null
 * for a scan without one (failed, or not finished).
 */
export function storedReport(scan: StoredReportColumns): unknown {
  const body = scan.storedReport?.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  return { ...body, checkedAt: scan.checkedAt?.toISOString() ?? null, queries: scan.queries };
}
