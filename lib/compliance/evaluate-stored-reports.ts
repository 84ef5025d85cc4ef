import type { AuditReport } from '@/audit/report';
import { Prisma } from '@/generated/prisma/client';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { scanOfRunSql } from '@/lib/history/scan-of-run-sql';
import { recordset } from '@/lib/history/scan-outcome';
import { evaluateProfile } from './evaluate-profile';
import type { FollowedVersion } from './profile-versions';

/** Report bodies read and judged at a time: bounded memory whatever the history holds. */
const BATCH = 500;

/** Which stored reports to judge: every one in the groups' history, or only a run's. */
export type ReportFilter = { runId: string | null };

/**
 * Judges, against each followed profile version, every stored report body that a member's daily
 * status points at and that has no evaluation for that version yet — the history of a group that
 * starts following a profile, or of a profile's new version, or the reports a run just stored.
 * Each distinct body is judged once per version (an unchanged rescan shares its body). Re-runnable:
 * what is judged is skipped next time. Returns how many evaluations it stored.
 */
export async function evaluateStoredReports(
  db: Db,
  followed: readonly FollowedVersion[],
  { runId }: ReportFilter,
): Promise<number> {
  let stored = 0;
  for (const { versionId, definition, groupIds } of byVersion(followed)) {
    for (;;) {
      const ids = await missingReportIds(db, versionId, groupIds, runId);
      if (ids.length === 0) break;
      const bodies = await db.$queryRaw<Array<{ id: string; body: AuditReport }>>`
        SELECT id::text AS id, body FROM scan_reports WHERE id = ANY(${ids}::bigint[])`;
      const rows = bodies.map(({ id, body }) => ({ id, ...evaluateProfile(definition, body) }));
      stored += await db.$executeRaw`
        INSERT INTO compliance_evaluations (report_id, profile_version_id, status, requirements)
        SELECT r.id::bigint, ${versionId}::uuid, r.status::compliance_status, r.requirements
        FROM jsonb_to_recordset(${recordset(rows)}::jsonb) AS r(id text, status text, requirements jsonb)
        ON CONFLICT DO NOTHING`;
      if (ids.length < BATCH) break;
    }
  }
  return stored;
}

function byVersion(followed: readonly FollowedVersion[]) {
  const versions = new Map<
    string,
    { versionId: string; definition: FollowedVersion['definition']; groupIds: string[] }
  >();
  for (const f of followed) {
    const entry = versions.get(f.versionId) ?? {
      versionId: f.versionId,
      definition: f.definition,
      groupIds: [],
    };
    entry.groupIds.push(f.groupId);
    versions.set(f.versionId, entry);
  }
  return [...versions.values()];
}

async function missingReportIds(
  db: Db,
  versionId: string,
  groupIds: string[],
  runId: string | null,
): Promise<string[]> {
  const ofRun = runId === null ? Prisma.sql`true` : scanOfRunSql('sc', runId);
  // Daily status is stored as change points: the status in force when a domain joined may be a row
  // from before since_day, so every row up to the end of the membership counts.
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT sc.report_id::text AS id
    FROM domain_groups m
    JOIN domain_daily_status ds ON ds.domain_id = m.domain_id
      AND ds.day <= coalesce(m.until_day, '9999-12-31'::date)
    JOIN domain_scans sc ON sc.run_number = ds.run_number AND sc.domain_id = ds.domain_id
    WHERE m.group_id::text = ANY(${groupIds}::text[]) AND sc.report_id IS NOT NULL AND ${ofRun}
      AND NOT EXISTS (
        SELECT 1 FROM compliance_evaluations e
        WHERE e.report_id = sc.report_id AND e.profile_version_id = ${versionId}::uuid)
    LIMIT ${BATCH}`;
  return rows.map((row) => row.id);
}
