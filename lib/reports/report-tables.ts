import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';
import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport, DomainChangeList } from './adoption-report-schema';
import { reportTranslator, scopeName } from './report-labels';

/** How a column's cells are typed in XLSX and rounded in CSV. */
export type CellKind = 'text' | 'count' | 'percent' | 'points';
export type ReportCell = string | number | null;

export interface ReportTable {
  key: 'summary' | 'trend' | 'groups' | 'findings' | 'regressed' | 'improved';
  name: string;
  /** Said next to the name, e.g. that only the first 500 of 1,200 changed domains are listed. */
  note?: string;
  columns: Array<{ header: string; kind: CellKind }>;
  rows: ReportCell[][];
}

/**
 * The report as flat tables, in its language: what the CSV and XLSX files hold, one table after
 * another or one sheet each. Percentages are 0–100 and changes in points, unrounded here.
 */
export function reportTables(report: AdoptionReport): ReportTable[] {
  const t = reportTranslator(report);
  const name = (scope: string) => scopeName(report, scope, t);
  const metric = (m: AdoptionMetric) => t(`metric.${m}`);
  const text = (header: string) => ({ header, kind: 'text' as const });
  const counts = [
    { header: t('report.adopted'), kind: 'count' as const },
    { header: t('report.known'), kind: 'count' as const },
    { header: t('report.unknown'), kind: 'count' as const },
  ];
  const percent = { header: t('report.percent'), kind: 'percent' as const };
  return [
    {
      key: 'summary',
      name: t('report.sheet.summary'),
      columns: [
        text(t('report.scope')),
        text(t('report.metric')),
        text(t('report.day')),
        percent,
        ...counts,
        { header: t('report.changeStartColumn'), kind: 'points' },
        { header: t('report.changePrevious'), kind: 'points' },
      ],
      rows: report.scopes.flatMap((s) =>
        ADOPTION_METRICS.map((m) => {
          const f = s.metrics[m];
          const c = f.current;
          return [
            name(s.scope),
            metric(m),
            s.day,
            c?.percent ?? null,
            c?.adopted ?? null,
            c?.known ?? null,
            c?.unknown ?? null,
            f.changePoints,
            f.previousChangePoints,
          ];
        }),
      ),
    },
    {
      key: 'trend',
      name: t('report.sheet.trend'),
      columns: [
        text(t('report.scope')),
        text(t('report.bucket')),
        text(t('report.day')),
        text(t('report.metric')),
        percent,
        ...counts,
      ],
      rows: report.trend.flatMap((s) =>
        s.points.flatMap((p) =>
          ADOPTION_METRICS.map((m) => {
            const c = p.metrics[m];
            return [name(s.scope), p.bucket, p.day, metric(m), c.percent, c.adopted, c.known, c.unknown];
          }),
        ),
      ),
    },
    {
      key: 'groups',
      name: t('report.sheet.groups'),
      columns: [
        text(t('report.metric')),
        ...report.scopes.map((s) => ({ header: name(s.scope), kind: 'percent' as const })),
      ],
      rows: ADOPTION_METRICS.map((m) => [
        metric(m),
        ...report.scopes.map((s) => s.metrics[m].current?.percent ?? null),
      ]),
    },
    {
      key: 'findings',
      name: t('report.sheet.findings'),
      columns: [
        text(t('report.findingId')),
        text(t('report.severity')),
        text(t('report.findingTitle')),
        ...report.scopes.map((s) => ({ header: name(s.scope), kind: 'count' as const })),
      ],
      rows: report.findings.rows.map((f) => [
        f.findingId,
        t(`severity.${f.severity}`),
        f.title[report.selection.language],
        ...report.scopes.map((s) => f.domains[s.scope] ?? 0),
      ]),
    },
    changeTable('regressed', report.changes.regressed, t('report.lost'), report, t),
    changeTable('improved', report.changes.improved, t('report.gained'), report, t),
  ];
}

function changeTable(
  key: 'regressed' | 'improved',
  list: DomainChangeList,
  metricsHeader: string,
  report: AdoptionReport,
  t: Translate,
): ReportTable {
  const separator = report.selection.language === 'ja' ? '、' : ', ';
  return {
    key,
    name: t(`report.sheet.${key}`),
    ...(list.total > list.rows.length
      ? { note: t('report.changesShown', { shown: list.rows.length, total: list.total }) }
      : {}),
    columns: [
      { header: t('report.domain'), kind: 'text' },
      { header: t('report.scopes'), kind: 'text' },
      { header: metricsHeader, kind: 'text' },
    ],
    rows: list.rows.map((row) => [
      row.domain,
      row.scopes.map((s) => scopeName(report, s, t)).join(' / '),
      row.metrics.map((m) => t(`metric.${m}`)).join(separator),
    ]),
  };
}
