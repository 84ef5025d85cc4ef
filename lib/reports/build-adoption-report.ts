import type { PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';
import type { AdoptionDay } from '@/lib/history/read-adoption-days';
import type { AdoptionSummary } from '@/lib/history/summarize-adoption';
import { translator } from '@/lib/i18n/translate';
import { getAdoptionSeries } from '@/lib/queries/get-adoption-series';
import { getAdoptionSummary } from '@/lib/queries/get-adoption-summary';
import { getReceivedMailSeries } from '@/lib/queries/get-received-mail-series';
import { ADOPTION_REPORT_VERSION, type AdoptionReport, type MetricFigure } from './adoption-report-schema';
import { buildComplianceReportSection } from './build-compliance-report-section';
import { buildDmarcReportSection } from './build-dmarc-report-section';
import { buildTargetsReportSection } from './build-targets-report-section';
import { countFindingsAt } from './count-findings-at';
import type { PreviousReport } from './find-previous-report';
import { listDomainChanges } from './list-domain-changes';
import { rankFindings } from './rank-findings';
import type { ReportInput } from './report-input';
import { scopeAsOf } from './scope-members-sql';

/** How many findings and changed domains a report lists; totals are always given. */
export const TOP_FINDINGS = 20;
export const CHANGED_DOMAINS_LIMIT = 500;

export interface ReportContext {
  /** Each scope's display name: the group's name, null for all registered domains. */
  names: ReadonlyMap<string, string | null>;
  previous: PreviousReport | null;
  now?: Date;
}

/**
 * Assembles a report from the dashboard's own queries (getAdoptionSummary, getAdoptionSeries), so
 * its figures are the Overview's for the same selection; findings and changed domains are read as
 * of each scope's figures' day from domain_daily_status. The result is plain JSON, stored as is.
 */
export async function buildAdoptionReport(
  viewer: Viewer,
  input: ReportInput,
  context: ReportContext,
  db: PrismaClient = prisma,
): Promise<AdoptionReport> {
  const { scopes, from, to, view, granularity, language } = input;
  const mailBy = granularity === 'month' ? 'month' : 'week';
  const [summaries, series, mail, dmarcReports, targets, compliance] = await Promise.all([
    Promise.all(
      scopes.map((scope) => getAdoptionSummary(viewer, { scope, from, to, view, compare: 'start' }, db)),
    ),
    getAdoptionSeries(viewer, { scopes, from, to, view, granularity }, db),
    getReceivedMailSeries(viewer, { by: mailBy, from, to, scopes }, db),
    buildDmarcReportSection(viewer, { scopes, from, to }, db),
    buildTargetsReportSection(viewer, { scopes, to, language }, db),
    buildComplianceReportSection(viewer, { scopes, from, to }, context.previous?.content.compliance, db),
  ]);
  const asOf = summaries.flatMap((s) => (s.day ? [scopeAsOf(s.scope, s.day, view, { from, to })] : []));
  const [findings, changes] = await Promise.all([
    countFindingsAt(db, asOf),
    listDomainChanges(db, asOf, { from, to }, CHANGED_DOMAINS_LIMIT),
  ]);
  const previous = context.previous;
  return {
    version: ADOPTION_REPORT_VERSION,
    title: input.title || translator(language)('report.defaultTitle'),
    generatedAt: (context.now ?? new Date()).toISOString(),
    selection: { scopes, from, to, view, granularity, language },
    previous: previous && {
      id: previous.id,
      title: previous.content.title,
      periodEnd: previous.periodEnd,
      generatedAt: previous.content.generatedAt,
    },
    scopes: summaries.map((summary) => ({
      scope: summary.scope,
      name: context.names.get(summary.scope) ?? null,
      day: summary.day,
      baselineDay: summary.baselineDay,
      metrics: figures(
        summary,
        previous?.content.scopes.find((s) => s.scope === summary.scope),
      ),
    })),
    trend: series.map((s) => ({ scope: s.scope, points: s.points.map(trendPoint) })),
    findings: {
      withResult: Object.fromEntries(findings.withResult),
      rows: rankFindings(findings, TOP_FINDINGS),
    },
    changes,
    receivedMail: { by: mailBy, periods: mail.periods },
    dmarcReports,
    targets,
    compliance,
  };
}

function figures(
  summary: AdoptionSummary,
  before: AdoptionReport['scopes'][number] | undefined,
): Record<AdoptionMetric, MetricFigure> {
  return Object.fromEntries(
    ADOPTION_METRICS.map((metric) => {
      const { current, baseline, changePoints } = summary.metrics[metric];
      const previousPercent = before?.metrics[metric].current?.percent ?? null;
      const percent = current?.percent ?? null;
      const figure: MetricFigure = {
        current,
        baselinePercent: baseline?.percent ?? null,
        changePoints,
        previousPercent,
        previousChangePoints: percent !== null && previousPercent !== null ? percent - previousPercent : null,
      };
      return [metric, figure];
    }),
  ) as Record<AdoptionMetric, MetricFigure>;
}

function trendPoint(point: AdoptionDay): AdoptionReport['trend'][number]['points'][number] {
  return { bucket: point.bucket, day: point.day, metrics: point.metrics };
}
