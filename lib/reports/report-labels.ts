import { kensaTimeZone } from '@/lib/history/day-of';
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
    [t('report.generatedAt'), generatedAtText(report.generatedAt, selection.language)],
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

/** When the report was made, in the users' time zone with the zone named ("2026/8/31 09:00 JST"). */
function generatedAtText(iso: string, language: 'en' | 'ja'): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone: kensaTimeZone(),
  }).format(new Date(iso));
}

/** Percent or points as the dashboard prints them: two decimals. */
export function roundTwo(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** A change in points as the Overview's cards print it: "+1.55", "−0.40", "±0.00"; "—" when unknown. */
export function formatPoints(value: number | null, language: 'en' | 'ja'): string {
  const points = roundTwo(value);
  if (points === null) return '—';
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  const digits = new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.abs(points));
  return `${sign}${digits}`;
}
