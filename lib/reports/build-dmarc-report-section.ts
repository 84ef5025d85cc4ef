import type { PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { addDays, type Day, startOfDay } from '@/lib/history/day-of';
import { ALL_SCOPE } from '@/lib/history/refresh-adoption-rollups';
import type { DmarcPeriod, DmarcScope } from '@/lib/queries/dmarc-report-target';
import { getDmarcSummary } from '@/lib/queries/get-dmarc-summary';
import { listDmarcReporters } from '@/lib/queries/list-dmarc-reporters';
import { type DmarcSourceRow, listDmarcSources } from '@/lib/queries/list-dmarc-sources';
import { listDomainsWithoutDmarcReports } from '@/lib/queries/list-domains-without-dmarc-reports';
import type { DmarcReportSection, DmarcReportSource, DmarcScopeSection } from './dmarc-report-section-schema';

/** How many reporters and sources each scope lists (totals are always given), and silent domains. */
export const DMARC_REPORTERS_SHOWN = 20;
export const DMARC_SOURCES_SHOWN = 20;
export const DMARC_UNAPPROVED_SHOWN = 50;
export const DMARC_SILENT_DOMAINS_SHOWN = 500;

/**
 * The report's DMARC section: per scope, the aggregate reports ending within the period's days
 * (in KENSA_TIME_ZONE), read through the same queries as the group page, so only what the viewer
 * may see. A group counts its members when the report is generated, as its page does.
 */
export async function buildDmarcReportSection(
  viewer: Viewer,
  input: { scopes: readonly string[]; from: Day; to: Day },
  db: PrismaClient,
): Promise<DmarcReportSection> {
  const period: DmarcPeriod = {
    from: startOfDay(input.from),
    to: new Date(startOfDay(addDays(input.to, 1)).getTime() - 1),
  };
  const scopes = await Promise.all(input.scopes.map((scope) => scopeSection(viewer, scope, period, db)));
  return { from: period.from.toISOString(), to: period.to.toISOString(), scopes };
}

async function scopeSection(
  viewer: Viewer,
  scope: string,
  period: DmarcPeriod,
  db: PrismaClient,
): Promise<DmarcScopeSection> {
  const target: DmarcScope = scope === ALL_SCOPE ? { kind: 'all' } : { kind: 'group', id: scope };
  const [summary, reporters, topSources, unapproved, withoutReports] = await Promise.all([
    getDmarcSummary(viewer, target, period, db),
    listDmarcReporters(viewer, target, period, DMARC_REPORTERS_SHOWN, db),
    listDmarcSources(viewer, target, period, { limit: DMARC_SOURCES_SHOWN }, db),
    listDmarcSources(viewer, target, period, { limit: DMARC_UNAPPROVED_SHOWN, unapprovedOnly: true }, db),
    listDomainsWithoutDmarcReports(viewer, target, period, DMARC_SILENT_DOMAINS_SHOWN, db),
  ]);
  return {
    scope,
    reports: summary.reports,
    organisations: summary.organisations,
    messages: summary.messages,
    dmarcPass: summary.dmarcPass,
    spfAligned: summary.spfAligned,
    dkimAligned: summary.dkimAligned,
    sources: summary.sources,
    unapprovedSources: summary.unapprovedSources,
    reporters,
    topSources: topSources.map(reportSource),
    unapproved: unapproved.map(reportSource),
    withoutReports,
  };
}

function reportSource(row: DmarcSourceRow): DmarcReportSource {
  const { ip, reverseName, provider, messages, dmarcPass, spfAligned, dkimAligned, approved } = row;
  return { ip, reverseName, provider, messages, dmarcPass, spfAligned, dkimAligned, approved };
}
