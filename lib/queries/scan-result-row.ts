import type { DomainScanStatus, Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionFlags, type AdoptionMetric } from '@/lib/history/adoption-flags';
import { scanResultId } from './scan-result-id';
import { STORED_REPORT_SELECT, storedReport } from './stored-report';

/** One domain's result within one scan run, as the API lists it (history and per-run results). */
export interface ScanResultRow {
  /** Derived from (runId, domain id), stable on every read (scanResultId): a scan has no uuid of its own. */
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

/**
 * A scan's findings and adoption flags are its report body's (stored once per body: scan_report_findings
 * and scan_reports' flag columns); a failed scan has no body, so no finding and every flag unknown.
 */
const BODY_SELECT = {
  findings: { select: { findingId: true, severity: true }, orderBy: { findingId: 'asc' } },
  ...(Object.fromEntries(ADOPTION_METRICS.map((metric) => [metric, true])) as Record<AdoptionMetric, true>),
} satisfies Prisma.ScanReportSelect;

/** The columns a ScanResultRow is made of; `report` is added by callers that want it (scanResultSelect). */
export const SCAN_RESULT_SELECT = {
  runNumber: true,
  run: { select: { id: true } },
  status: true,
  error: true,
  startedAt: true,
  finishedAt: true,
  queries: true,
  domain: { select: { id: true, ascii: true, unicode: true } },
  storedReport: { select: BODY_SELECT },
} satisfies Prisma.DomainScanSelect;

/** SCAN_RESULT_SELECT, with the stored report's columns when `withReport`. */
export function scanResultSelect(withReport: boolean) {
  if (!withReport) return SCAN_RESULT_SELECT;
  const body = STORED_REPORT_SELECT.storedReport.select;
  return {
    ...SCAN_RESULT_SELECT,
    ...STORED_REPORT_SELECT,
    storedReport: { select: { ...BODY_SELECT, ...body } },
  } satisfies Prisma.DomainScanSelect;
}

type Selected = Prisma.DomainScanGetPayload<{ select: typeof SCAN_RESULT_SELECT }> & {
  checkedAt?: Date | null;
  storedReport: { body?: Prisma.JsonValue } | null;
};

/** A selected domain_scans row as a ScanResultRow (flags as stored with its report body). */
export function toScanResultRow(scan: Selected): ScanResultRow {
  return {
    id: scanResultId(scan.run.id, scan.domain.id),
    runId: scan.run.id,
    domain: scan.domain,
    status: scan.status,
    error: scan.error,
    startedAt: scan.startedAt,
    finishedAt: scan.finishedAt,
    queries: scan.queries,
    flags: Object.fromEntries(
      ADOPTION_METRICS.map((metric) => [metric, scan.storedReport?.[metric] ?? null]),
    ) as AdoptionFlags,
    findings: (scan.storedReport?.findings ?? []).map((f) => ({ id: f.findingId, severity: f.severity })),
    ...(scan.checkedAt !== undefined
      ? {
          report: storedReport({
            checkedAt: scan.checkedAt,
            queries: scan.queries,
            storedReport: scan.storedReport ? { body: scan.storedReport.body ?? null } : null,
          }),
        }
      : {}),
  };
}
