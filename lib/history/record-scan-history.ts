import type { AuditReport } from '@/audit/report';
import { dayOf } from './day-of';
import { diffReports } from './diff-reports';
import type { Db } from './refresh-adoption-rollups';
import { findingSummary, type RecordedScan, type ScanHistoryOutcome } from './scan-outcome';
import { writeCurrentState } from './write-current-state';
import { writeDailyStatus } from './write-daily-status';

/**
 * Writes everything a stored scan result adds to the history, in the caller's transaction: finding
 * rows, DKIM keys seen, change events against the previous complete scan, current state and the
 * day's status. A fixed handful of statements per domain, whatever the report holds.
 */
export async function recordScanHistory(
  db: Db,
  scan: RecordedScan,
  outcome: ScanHistoryOutcome,
): Promise<void> {
  if (outcome.status !== 'failed') await writeFindings(db, scan, outcome.report);
  if (outcome.status === 'complete') {
    await writeDkimKeys(db, scan, outcome.report);
    await writeEvents(db, scan, outcome.report);
  }
  await writeCurrentState(db, scan, outcome);
  await writeDailyStatus(db, scan, dayOf(scan.finishedAt), outcome);
}

// One row per finding id: "how many domains have finding X" counts domains, not instances.
async function writeFindings(db: Db, scan: RecordedScan, report: AuditReport) {
  const { ids, severities } = findingSummary(report);
  if (ids.length === 0) return;
  await db.domainScanFinding.createMany({
    data: ids.map((findingId) => ({
      domainScanId: scan.id,
      findingId,
      severity: severities.get(findingId) ?? 'info',
    })),
  });
}

// Complete scans only: a partial one may have missed a selector, which is no evidence of absence.
async function writeDkimKeys(db: Db, scan: RecordedScan, report: AuditReport) {
  const seen = new Map<
    string,
    { selector: string; fingerprint: string; type: string | null; bits: number | null }
  >();
  for (const key of report.dkim.keys) {
    if (key.fingerprint === null) continue;
    seen.set(`${key.selector} ${key.fingerprint}`, { ...key, fingerprint: key.fingerprint });
  }
  if (seen.size === 0) return;
  const keys = [...seen.values()];
  await db.dkimKey.createMany({
    data: keys.map(({ selector, fingerprint, type, bits }) => ({
      domainId: scan.domainId,
      selector,
      fingerprint,
      type,
      bits,
      firstSeenAt: scan.finishedAt,
      lastSeenAt: scan.finishedAt,
    })),
    skipDuplicates: true,
  });
  await db.$executeRaw`
    UPDATE dkim_keys k SET last_seen_at = greatest(k.last_seen_at, ${scan.finishedAt}::timestamptz)
    FROM unnest(${keys.map((k) => k.selector)}::text[], ${keys.map((k) => k.fingerprint)}::text[])
      AS seen(selector, fingerprint)
    WHERE k.domain_id = ${scan.domainId}::uuid AND k.selector = seen.selector
      AND k.fingerprint = seen.fingerprint`;
}

// The first complete scan of a domain has nothing to compare with, so it produces no events.
async function writeEvents(db: Db, scan: RecordedScan, report: AuditReport) {
  const previous = await db.domainScan.findFirst({
    where: { domainId: scan.domainId, status: 'complete', id: { not: scan.id } },
    orderBy: { finishedAt: 'desc' },
    select: { id: true, report: true },
  });
  if (!previous || !isComparableReport(previous.report)) return;
  const changes = diffReports(previous.report, report);
  if (changes.length === 0) return;
  await db.domainEvent.createMany({
    data: changes.map((change) => ({
      domainId: scan.domainId,
      domainScanId: scan.id,
      previousScanId: previous.id,
      ...change,
    })),
    skipDuplicates: true,
  });
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
