import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from './adoption-report-schema';
import type { ComplianceFigure } from './compliance-report-section-schema';
import { scopeName } from './report-labels';
import type { ReportCell, ReportTable } from './report-tables';

type Column = ReportTable['columns'][number];

/**
 * The report's compliance section as one long table (a CSV section, an XLSX sheet): per group,
 * profile and requirement — the profile as a whole first — its level, the share compliant at the
 * period end with its counts, and the changes in points. Profile names and requirement titles of
 * administrators' own profiles are user text: plain cells, neutralised by the CSV and XLSX writers.
 * None when the report has no compliance section (stored before it existed) or no group follows one.
 */
export function complianceReportTables(report: AdoptionReport, t: Translate): ReportTable[] {
  const section = report.compliance;
  if (section === undefined || section.scopes.every((s) => s.profiles.length === 0)) return [];
  const { language } = report.selection;
  const text = (header: string): Column => ({ header, kind: 'text' });
  const count = (header: string): Column => ({ header, kind: 'count' });
  const row = (start: ReportCell[], f: ComplianceFigure): ReportCell[] => [
    ...start,
    f.current?.percent ?? null,
    f.current?.adopted ?? null,
    f.current?.known ?? null,
    f.current?.unknown ?? null,
    f.notApplicable,
    f.exempted ?? null,
    f.changePoints,
    f.previousChangePoints,
  ];
  return [
    {
      key: 'compliance',
      name: t('report.sheet.compliance'),
      note: t('report.complianceNote'),
      columns: [
        text(t('report.scope')),
        text(t('report.compliance.profile')),
        text(t('report.day')),
        text(t('compliance.requirement')),
        text(t('report.compliance.requirementId')),
        text(t('compliance.level')),
        { header: t('report.compliance.percent'), kind: 'percent' },
        count(t('compliance.status.compliant')),
        count(t('report.compliance.judged')),
        count(t('compliance.unknownCount')),
        count(t('compliance.notApplicableCount')),
        count(t('compliance.exemptedCount')),
        { header: t('report.changeStartColumn'), kind: 'points' },
        { header: t('report.changePrevious'), kind: 'points' },
      ],
      rows: section.scopes.flatMap((s) =>
        s.profiles.flatMap((p) => {
          const start = [scopeName(report, s.scope, t), `${p.name[language]} (v${p.version})`, p.day];
          return [
            row([...start, t('compliance.wholeProfile'), '', t('compliance.level.must')], p.whole),
            ...p.requirements.map((r) =>
              row([...start, r.title[language], r.id, t(`compliance.level.${r.level}`)], r),
            ),
          ];
        }),
      ),
    },
  ];
}
