import type { AuditReport } from '@/audit/report';
import type { Db } from './refresh-adoption-rollups';
import { findingSummary, recordset, reportOf, type StoredScan } from './scan-outcome';

/**
 * One row per finding id per report body (complete and partial), for the bodies this batch stored
 * first, in one statement: a rescan that found the same references a body whose findings are
 * already stored and adds none. "How many domains have finding X" counts domains, not instances.
 */
export async function writeFindings(db: Db, scans: readonly StoredScan[]): Promise<void> {
  const bodies = new Map<string, AuditReport>();
  for (const scan of scans) {
    const report = reportOf(scan);
    if (scan.newReport && scan.reportHash && report) bodies.set(scan.reportHash, report);
  }
  const rows = [...bodies].flatMap(([hash, report]) => {
    const { ids, severities } = findingSummary(report);
    return ids.map((findingId) => ({
      report_hash: hash,
      finding_id: findingId,
      severity: severities.get(findingId) ?? 'info',
    }));
  });
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO scan_report_findings (report_hash, finding_id, severity)
    SELECT decode(report_hash, 'hex'), finding_id, severity
    FROM jsonb_to_recordset(${recordset(rows)}::jsonb) AS r(report_hash text, finding_id text, severity text)
    ON CONFLICT (report_hash, finding_id) DO NOTHING`;
}
