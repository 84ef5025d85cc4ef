import type { AuditReport } from '@/audit/report';
import type { AdoptionFlags } from './adoption-flags';

/** What one domain scan ended with, as the history writers need it. */
export type ScanHistoryOutcome =
  | { status: 'complete' | 'partial'; report: AuditReport; flags: AdoptionFlags }
  | { status: 'failed'; error: string; flags: AdoptionFlags };

/** A stored domain_scans row and the outcome stored in it: what the history writers write from. */
export interface StoredScan {
  /** The run's number (scan_runs.number): with domainId, the scan's key. */
  runNumber: number;
  domainId: string;
  finishedAt: Date;
  outcome: ScanHistoryOutcome;
  /** Hex SHA-256 of the stored report body (scan_reports), once stored; null for a failed scan. */
  reportHash?: string | null;
  /** This batch stored the body first: its findings (scan_report_findings) are written with it. */
  newReport?: boolean;
}

/** Distinct finding ids of a report, sorted, with how many are errors and warnings. */
export function findingSummary(report: AuditReport | null) {
  const severities = new Map((report?.findings ?? []).map((f) => [f.id, f.severity]));
  const ids = [...severities.keys()].sort();
  const count = (severity: string) => ids.filter((id) => severities.get(id) === severity).length;
  return { ids, severities, errors: count('error'), warnings: count('warning') };
}

/** Why a partial or failed scan leaves the state stale, e.g. "DNS timeout for _dmarc.x.test TXT". */
export function staleReason(outcome: ScanHistoryOutcome): string {
  if (outcome.status === 'failed') return `scan failed: ${outcome.error}`.slice(0, 500);
  const failures = outcome.report.temporaryFailures;
  const [first] = failures;
  if (!first) return 'DNS lookups failed temporarily';
  const more = failures.length > 1 ? ` and ${failures.length - 1} more lookup(s)` : '';
  return `DNS ${first.outcome} for ${first.name} ${first.type}${more}`;
}

/** The report of a scan that has one. */
export function reportOf(scan: StoredScan): AuditReport | null {
  return scan.outcome.status === 'failed' ? null : scan.outcome.report;
}

/** Rows as one JSON parameter, for `jsonb_to_recordset`: one statement writes a whole batch. */
export function recordset(rows: readonly object[]): string {
  return JSON.stringify(rows);
}
