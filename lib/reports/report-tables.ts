import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport, DomainChangeList } from './adoption-report-schema';
import { complianceReportTables } from './compliance-report-tables';
import { dmarcReportTables } from './dmarc-report-tables';
import { receivedMailTable } from './received-mail-table';
import { reportTranslator, scopeName } from './report-labels';
import { targetsReportTable } from './targets-report-table';

/** How a column's cells are typed in XLSX and rounded in CSV. */
export type CellKind = 'text' | 'count' | 'percent' | 'points';
export type ReportCell = string | number | null;
type Column = { header: string; kind: CellKind };

/** A named table of typed columns: what a CSV section or an XLSX sheet holds. */
export interface TableOfCells {
  name: string;
  /** Said next to the name, e.g. that only the first 500 of 1,200 changed domains are listed. */
  note?: string;
  columns: Column[];
  rows: ReportCell[][];
}

export interface ReportTable extends TableOfCells {
  key:
    | 'summary'
    | 'trend'
    | 'groups'
    | 'findings'
    | 'regressed'
    | 'improved'
    | 'receivedMail'
    | 'dmarcSummary'
    | 'dmarcReporters'
    | 'dmarcSources'
    | 'dmarcUnapproved'
    | 'dmarcWithoutReports'
    | 'targets'
    | 'compliance';
}

/** What every table builder needs: the report, its translator and its names for scopes and metrics. */
interface Context {
  report: AdoptionReport;
  t: Translate;
  name: (scope: string) => string;
  metric: (metric: AdoptionMetric) => string;
}

const text = (header: string): Column => ({ header, kind: 'text' });
const percentColumn = (c: Context): Column => ({ header: c.t('report.percent'), kind: 'percent' });
const countColumns = ({ t }: Context): Column[] =>
  (['report.adopted', 'report.known', 'report.unknown'] as const).map((key) => ({
    header: t(key),
    kind: 'count',
  }));

/**
 * The report as flat tables, in its language: what the CSV and XLSX files hold, one table after
 * another or one sheet each. Percentages are 0–100 and changes in points, unrounded here.
 */
export function reportTables(report: AdoptionReport): ReportTable[] {
  const t = reportTranslator(report);
  const c: Context = { report, t, name: (s) => scopeName(report, s, t), metric: (m) => t(`metric.${m}`) };
  return [
    summaryTable(c),
    trendTable(c),
    groupsTable(c),
    findingsTable(c),
    changeTable(c, 'regressed', report.changes.regressed),
    changeTable(c, 'improved', report.changes.improved),
    ...receivedMailTable(report, t),
    ...dmarcReportTables(report, t),
    ...targetsReportTable(report, t),
    ...complianceReportTables(report, t),
  ];
}

/** Per scope and metric, the figure at the period end with its counts and both changes. */
function summaryTable(c: Context): ReportTable {
  const columns: Column[] = [
    text(c.t('report.scope')),
    text(c.t('report.metric')),
    text(c.t('report.day')),
    percentColumn(c),
    ...countColumns(c),
    { header: c.t('report.changeStartColumn'), kind: 'points' },
    { header: c.t('report.changePrevious'), kind: 'points' },
  ];
  const rows = c.report.scopes.flatMap((s) =>
    ADOPTION_METRICS.map((m) => {
      const { current, changePoints, previousChangePoints } = s.metrics[m];
      return [
        c.name(s.scope),
        c.metric(m),
        s.day,
        current?.percent ?? null,
        current?.adopted ?? null,
        current?.known ?? null,
        current?.unknown ?? null,
        changePoints,
        previousChangePoints,
      ];
    }),
  );
  return { key: 'summary', name: c.t('report.sheet.summary'), columns, rows };
}

/** Per scope, period and metric: the trend's points, long format (one row each) for pivot tables. */
function trendTable(c: Context): ReportTable {
  const columns = [
    text(c.t('report.scope')),
    text(c.t('report.bucket')),
    text(c.t('report.day')),
    text(c.t('report.metric')),
    percentColumn(c),
    ...countColumns(c),
  ];
  const rows = c.report.trend.flatMap((s) =>
    s.points.flatMap((p) =>
      ADOPTION_METRICS.map((m) => {
        const { percent, adopted, known, unknown } = p.metrics[m];
        return [c.name(s.scope), p.bucket, p.day, c.metric(m), percent, adopted, known, unknown];
      }),
    ),
  );
  return { key: 'trend', name: c.t('report.sheet.trend'), columns, rows };
}

/** The scopes side by side: one row per metric, one percentage column per scope. */
function groupsTable(c: Context): ReportTable {
  const { scopes } = c.report;
  return {
    key: 'groups',
    name: c.t('report.sheet.groups'),
    columns: [
      text(c.t('report.metric')),
      ...scopes.map((s) => ({ header: c.name(s.scope), kind: 'percent' as const })),
    ],
    rows: ADOPTION_METRICS.map((m) => [
      c.metric(m),
      ...scopes.map((s) => s.metrics[m].current?.percent ?? null),
    ]),
  };
}

function findingsTable(c: Context): ReportTable {
  const { scopes, findings, selection } = c.report;
  return {
    key: 'findings',
    name: c.t('report.sheet.findings'),
    columns: [
      text(c.t('report.findingId')),
      text(c.t('report.severity')),
      text(c.t('report.findingTitle')),
      ...scopes.map((s) => ({ header: c.name(s.scope), kind: 'count' as const })),
    ],
    rows: findings.rows.map((f) => [
      f.findingId,
      c.t(`severity.${f.severity}`),
      f.title[selection.language],
      ...scopes.map((s) => f.domains[s.scope] ?? 0),
    ]),
  };
}

function changeTable(c: Context, key: 'regressed' | 'improved', list: DomainChangeList): ReportTable {
  const separator = c.report.selection.language === 'ja' ? '、' : ', ';
  return {
    key,
    name: c.t(`report.sheet.${key}`),
    ...(list.total > list.rows.length
      ? { note: c.t('report.changesShown', { shown: list.rows.length, total: list.total }) }
      : {}),
    columns: [
      text(c.t('report.domain')),
      text(c.t('report.scopes')),
      text(c.t(key === 'regressed' ? 'report.lost' : 'report.gained')),
    ],
    rows: list.rows.map((row) => [
      row.domain,
      row.scopes.map(c.name).join(' / '),
      row.metrics.map(c.metric).join(separator),
    ]),
  };
}
