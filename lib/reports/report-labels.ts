import { formatDateTime } from '@/lib/i18n/format';
import { type Translate, translator } from '@/lib/i18n/translate';
import type { AdoptionReport } from './adoption-report-schema';

/** The translator of the report's own language (chosen when it was generated). */
export function reportTranslator(report: AdoptionReport): Translate {
  return translator(report.selection.language);
}

/** A scope as the report names it: the group's name when generated, or "all registered domains". */
export function scopeName(report: AdoptionReport, scope: string, t: Translate): string {
  const name = report.scopes.find((s) => s.scope === scope)?.name;
  return name ?? (scope === 'all' ? t('overview.allDomains') : scope);
}

/** What the report is about, labelled: period, groups, which domains count, when, compared with what. */
export function reportFacts(report: AdoptionReport, t: Translate): Array<[string, string]> {
  const { selection, previous } = report;
  return [
    [t('report.period'), t('report.periodValue', { from: selection.from, to: selection.to })],
    [t('report.scopes'), selection.scopes.map((s) => scopeName(report, s, t)).join(' / ')],
    [t('report.view'), t(`report.view.${selection.view}`)],
    [t('report.generatedAt'), formatDateTime(report.generatedAt, selection.language, 'long')],
    [
      t('report.changePrevious'),
      previous
        ? t('report.previous', { title: previous.title, day: previous.periodEnd })
        : t('report.noPrevious'),
    ],
  ];
}

/** The lines heading a CSV or XLSX file: title, facts and definitions, so a file read alone explains itself. */
export function reportFileHeader(report: AdoptionReport, t: Translate): Array<[string, string]> {
  return [[t('report.titleLabel'), report.title], ...reportFacts(report, t), ['', t('report.definitions')]];
}

/** Percent or points as the dashboard prints them: two decimals. */
export function roundTwo(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
