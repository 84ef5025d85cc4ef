import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { type RecordReportDeps, recordDmarcReport } from '@/lib/dmarc/record-dmarc-report';
import { setSourceApproval } from '@/lib/dmarc/set-source-approval';
import { dayOf } from '@/lib/history/day-of';
import { DEMO_REPORT_DOMAINS, demoDmarcReports } from './demo-dmarc-reports';

/** Three weeks: enough for the daily chart and the 30-day views, few enough to seed in seconds. */
export const DEMO_REPORT_DAYS = 21;

/**
 * Stores the demo's DMARC aggregate reports through the ingest core (`recordDmarcReport`: real
 * rows, days, sources, learned selectors and audit entries) and approves the demo's expected
 * sources. Runs once: it does nothing when any report is stored already. Returns the reports stored.
 */
export async function seedDemoDmarcReports(
  db: PrismaClient,
  now = new Date(),
  deps: RecordReportDeps = {},
): Promise<number> {
  if ((await db.dmarcReport.count()) > 0) return 0;
  let stored = 0;
  for (const report of demoDmarcReports(dayOf(now), DEMO_REPORT_DAYS)) {
    const label = `demo: ${report.orgName} ${report.begin.slice(0, 10)}`;
    const result = await recordDmarcReport(SYSTEM_ACTOR, report, { route: 'cli', label }, { ...deps, db });
    if (result.status === 'stored') stored++;
  }
  for (const [ascii, sources] of Object.entries(DEMO_REPORT_DOMAINS)) {
    const domain = await db.domain.findUnique({ where: { ascii }, select: { id: true } });
    if (!domain) continue;
    for (const source of sources.filter((s) => s.approved))
      await setSourceApproval(SYSTEM_ACTOR, { domainId: domain.id, sourceIp: source.ip, approved: true }, db);
  }
  return stored;
}
