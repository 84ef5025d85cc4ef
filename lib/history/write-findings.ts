import { uuidv7 } from '@/lib/import/uuid-v7';
import type { Db } from './refresh-adoption-rollups';
import { findingSummary, recordset, reportOf, type StoredScan } from './scan-outcome';

/**
 * One row per finding id per scan (complete and partial), for a whole batch in one statement:
 * "how many domains have finding X" counts domains, not instances.
 */
export async function writeFindings(db: Db, scans: readonly StoredScan[]): Promise<void> {
  const rows = scans.flatMap((scan) => {
    const report = reportOf(scan);
    if (!report) return [];
    const { ids, severities } = findingSummary(report);
    return ids.map((findingId) => ({
      id: uuidv7(),
      domain_scan_id: scan.id,
      finding_id: findingId,
      severity: severities.get(findingId) ?? 'info',
    }));
  });
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO domain_scan_findings (id, domain_scan_id, finding_id, severity)
    SELECT id, domain_scan_id, finding_id, severity
    FROM jsonb_to_recordset(${recordset(rows)}::jsonb)
      AS r(id uuid, domain_scan_id uuid, finding_id text, severity text)`;
}
