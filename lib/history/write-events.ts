import type { AuditReport } from '@/audit/report';
import { uuidv7 } from '@/lib/import/uuid-v7';
import { diffReports } from './diff-reports';
import type { Db } from './refresh-adoption-rollups';
import { recordset, type StoredScan } from './scan-outcome';

/**
 * Change events of complete scans against each domain's previous complete scan, for a batch: one
 * read of the previous scans' report hashes, one read of the bodies that differ from the new ones
 * (the same hash is the same content: nothing changed, nothing to read or diff), one insert. The
 * first complete scan of a domain has nothing to compare with, so it produces no events.
 */
export async function writeEvents(db: Db, scans: readonly StoredScan[]): Promise<void> {
  const complete = scans.filter((scan) => scan.outcome.status === 'complete');
  if (complete.length === 0) return;
  // Each domain's latest complete scan but the one being written (whose run is beside its domain),
  // read newest first from (domain_id, finished_at DESC) and stopped at the first: a batch costs
  // the same after a year of daily scans as after two.
  const previous = await db.$queryRaw<Array<{ run_number: number; domain_id: string; hash: string | null }>>`
    SELECT s.run_number, c.domain_id::text, encode(r.hash, 'hex') AS hash
    FROM unnest(${complete.map((s) => s.domainId)}::uuid[], ${complete.map((s) => s.runNumber)}::int[])
      AS c(domain_id, run_number)
    CROSS JOIN LATERAL (
      SELECT p.run_number, p.report_id FROM domain_scans p
      WHERE p.domain_id = c.domain_id AND p.run_number <> c.run_number AND p.status = 'complete'
      ORDER BY p.finished_at DESC LIMIT 1
    ) s
    LEFT JOIN scan_reports r ON r.id = s.report_id`;
  const previousOf = new Map(previous.map((row) => [row.domain_id, row]));
  const changed = complete.filter((scan) => {
    const before = previousOf.get(scan.domainId);
    return before?.hash && before.hash !== scan.reportHash;
  });
  if (changed.length === 0) return;
  const wanted = changed.map((scan) => previousOf.get(scan.domainId)?.hash as string);
  const bodies = await db.$queryRaw<Array<{ hash: string; body: unknown }>>`
    SELECT encode(hash, 'hex') AS hash, body FROM scan_reports
    WHERE hash IN (SELECT decode(hex, 'hex') FROM unnest(${wanted}::text[]) AS hex)`;
  const bodyOf = new Map(bodies.map((row) => [row.hash, row.body]));
  const rows = changed.flatMap((scan) => {
    const before = previousOf.get(scan.domainId);
    const report = before?.hash ? bodyOf.get(before.hash) : undefined;
    if (!before || !isComparableReport(report) || scan.outcome.status !== 'complete') return [];
    return diffReports(report, scan.outcome.report).map((change) => ({
      id: uuidv7(),
      domain_id: scan.domainId,
      run_number: scan.runNumber,
      previous_run_number: before.run_number,
      kind: change.kind,
      subject: change.subject,
      detail: change.detail,
    }));
  });
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO domain_events (id, domain_id, run_number, previous_run_number, kind, subject, detail)
    SELECT id, domain_id, run_number, previous_run_number, kind::domain_event_kind, subject, detail
    FROM jsonb_to_recordset(${recordset(rows)}::jsonb) AS e(id uuid, domain_id uuid, run_number int,
      previous_run_number int, kind text, subject text, detail jsonb)
    ON CONFLICT (domain_id, run_number, kind, subject) DO NOTHING`;
}

/** A stored report written by a worker that knew every part diffReports reads (older ones are skipped). */
function isComparableReport(value: unknown): value is AuditReport {
  const report = value as Partial<AuditReport> | null;
  return (
    report?.status === 'complete' &&
    Array.isArray(report.findings) &&
    Array.isArray(report.spf?.records) &&
    typeof report.spf?.tree === 'object' &&
    Array.isArray(report.dkim?.keys) &&
    Array.isArray(report.mx?.records) &&
    Array.isArray(report.senderId?.records) &&
    report.adsp !== undefined &&
    report.dmarc !== undefined
  );
}
