import type { Translate } from '@/lib/i18n/translate';
import { MAIL_HEADLINES } from '@/lib/received-mail/mail-series';
import type { AdoptionReport } from './adoption-report-schema';
import type { ReportTable } from './report-tables';

/**
 * The report's received-mail series as one table (CSV section, XLSX sheet): per period its
 * sources, a series-break flag, and each headline share (0–100) and change in points, by message
 * and by sender domain. None when the report has no received-mail section (reports stored before
 * it existed).
 */
export function receivedMailTable(report: AdoptionReport, t: Translate): ReportTable[] {
  const mail = report.receivedMail;
  if (mail === undefined) return [];
  const percent = (value: number | null) => (value === null ? null : Math.round(value * 1_000_000) / 10_000);
  const bases = ['messages', 'domains'] as const;
  const table: ReportTable = {
    key: 'receivedMail',
    name: t('report.sheet.receivedMail'),
    note: t('report.receivedMailNote'),
    columns: [
      { header: t('report.bucket'), kind: 'text' },
      { header: t('mail.sourceCount'), kind: 'count' },
      { header: t('report.seriesBreak'), kind: 'text' },
      ...bases.flatMap((basis) => [
        { header: t(`mail.total.${basis}`), kind: 'count' as const },
        ...MAIL_HEADLINES.flatMap((h) => [
          {
            header: `${t(`mail.headline.${h}`)} (%) · ${t(`mail.basis.${basis}`)}`,
            kind: 'percent' as const,
          },
          { header: `${t(`mail.headline.${h}`)} · ${t('report.pointsChange')}`, kind: 'points' as const },
        ]),
      ]),
    ],
    rows: mail.periods.map((p) => [
      p.start,
      p.sources,
      p.breakBefore ? t('report.seriesBreakYes') : '',
      ...bases.flatMap((basis) => [
        p[basis].total,
        ...MAIL_HEADLINES.flatMap((h) => [percent(p[basis].shares[h]), p[basis].change?.[h] ?? null]),
      ]),
    ]),
  };
  return [table];
}
