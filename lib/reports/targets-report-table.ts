import type { Translate } from '@/lib/i18n/translate';
import type { AdoptionReport } from './adoption-report-schema';
import { scopeName } from './report-labels';
import type { ReportTable } from './report-tables';

/**
 * The report's targets as one table (a CSV section, an XLSX sheet): per target its group, what it
 * measures, the level and deadline, the value and trajectory at the period end, status and days
 * left. None when the report has no targets (or was stored before targets existed).
 */
export function targetsReportTable(report: AdoptionReport, t: Translate): ReportTable[] {
  const section = report.targets;
  if (section === undefined || section.targets.length === 0) return [];
  return [
    {
      key: 'targets',
      name: t('targets.heading'),
      note: t('targets.report.note'),
      columns: [
        { header: t('report.scope'), kind: 'text' },
        { header: t('targets.metric'), kind: 'text' },
        { header: `${t('targets.target')} (%)`, kind: 'percent' },
        { header: t('targets.deadline'), kind: 'text' },
        { header: t('targets.milestones'), kind: 'text' },
        { header: `${t('targets.actual')} (%)`, kind: 'percent' },
        { header: `${t('targets.expected')} (%)`, kind: 'percent' },
        { header: t('targets.status'), kind: 'text' },
        { header: t('targets.daysLeftColumn'), kind: 'count' },
      ],
      rows: section.targets.map((target) => [
        scopeName(report, target.scope, t),
        target.label,
        target.percent,
        target.deadline,
        target.milestones.map((m) => `${m.day} ${m.percent}%`).join('; '),
        target.actual?.percent ?? null,
        target.expected,
        t(`targets.status.${target.status}`),
        Math.max(0, target.daysLeft),
      ]),
    },
  ];
}
