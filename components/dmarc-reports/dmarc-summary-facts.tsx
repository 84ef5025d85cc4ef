import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DmarcSummary } from '@/lib/queries/get-dmarc-summary';
import { FactList } from './fact-list';

/** The headline numbers of a DMARC report panel, with the "what if p=reject" estimate. */
export function DmarcSummaryFacts({
  summary,
  locale,
  t,
}: {
  summary: DmarcSummary;
  locale: Locale;
  t: Translate;
}) {
  const n = (value: number) => formatNumber(value, locale);
  const facts: Array<[string, string]> = [
    [t('dmarcReports.reports'), n(summary.reports)],
    [
      t('dmarcReports.lastReport'),
      summary.lastReportEnd ? formatDateTime(summary.lastReportEnd, locale, 'minutes') : '—',
    ],
    [t('dmarcReports.messages'), n(summary.messages)],
    [t('dmarcReports.pass'), n(summary.dmarcPass)],
    [t('dmarcReports.spfPassUnaligned'), n(summary.spfPassUnaligned)],
    [t('dmarcReports.dkimPassUnaligned'), n(summary.dkimPassUnaligned)],
    [t('dmarcReports.whatIfReject'), n(summary.wouldBeRejected)],
    [t('dmarcReports.whatIfRejectApproved'), n(summary.wouldBeRejectedApproved)],
  ];
  return (
    <>
      <FactList facts={facts} />
      <p className="muted">{t('dmarcReports.whatIfNote')}</p>
    </>
  );
}
