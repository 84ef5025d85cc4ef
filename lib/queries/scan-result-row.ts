import type { DomainScanStatus, Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionFlags } from '@/lib/history/adoption-flags';
import { STORED_REPORT_SELECT, storedReport } from './stored-report';

/** One domain's result within one scan run, as the API lists it (history and per-run results). */
export interface ScanResultRow {
  id: string;
  runId: string;
  domain: { id: string; ascii: string; unicode: string };
  status: DomainScanStatus;
  error: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** DNS queries the audit made. */
  queries: number | null;
  flags: AdoptionFlags;
  findings: Array<{ id: string; severity: string }>;
  /** The stored AuditReport, only when asked for (it is large). */
  report?: unknown;
}

/** The columns a ScanResultRow is made of; `report` is added by callers that want it (scanResultSelect). */
export const SCAN_RESULT_SELECT = {
  id: true,
  runId: true,
  status: true,
  error: true,
  startedAt: true,
  finishedAt: true,
  queries: true,
  ...(Object.fromEntries(ADOPTION_METRICS.map((metric) => [metric, true])) as Record<
    (typeof ADOPTION_METRICS)[number],
    true
  >),
  domain: { select: { id: true, ascii: true, unicode: true } },
  findings: { select: { findingId: true, severity: true }, orderBy: { findingId: 'asc' } },
} satisfies Prisma.DomainScanSelect;

/** SCAN_RESULT_SELECT, with the stored report's columns when `withReport`. */
export function scanResultSelect(withReport: boolean) {
  return withReport ? { ...SCAN_RESULT_SELECT, ...STORED_REPORT_SELECT } : SCAN_RESULT_SELECT;
}

type Selected = Prisma.DomainScanGetPayload<{ select: typeof SCAN_RESULT_SELECT }> &
  Partial<Prisma.DomainScanGetPayload<{ select: typeof STORED_REPORT_SELECT }>>;

/** A selected domain_scans row as a ScanResultRow (flags as stored when the result was recorded). */
export function toScanResultRow(scan: Selected): ScanResultRow {
  return {
    id: scan.id,
    runId: scan.runId,
    domain: scan.domain,
    status: scan.status,
    error: scan.error,
    startedAt: scan.startedAt,
    finishedAt: scan.finishedAt,
    queries: scan.queries,
    flags: Object.fromEntries(ADOPTION_METRICS.map((metric) => [metric, scan[metric]])) as AdoptionFlags,
    findings: scan.findings.map((f) => ({ id: f.findingId, severity: f.severity })),
    ...(scan.storedReport !== undefined && scan.checkedAt !== undefined
      ? {
          report: storedReport({
            checkedAt: scan.checkedAt,
            queries: scan.queries,
            storedReport: scan.storedReport,
          }),
        }
      : {}),
  };
}
