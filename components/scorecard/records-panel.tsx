import { RecordText } from '@/components/record-text';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';

/** The records the audit read, exactly as published (text nodes only, cut with "show more"). */
export function RecordsPanel({
  report,
  locale,
  t,
}: {
  report: ScorecardReport;
  locale: Locale;
  t: Translate;
}) {
  const labels = { more: t('common.showMore'), less: t('common.showLess') };
  const none = <p className="muted">{t('domain.recordNone')}</p>;
  const list = (records: string[], testId: string) =>
    records.length === 0
      ? none
      : records.map((record, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: records may repeat verbatim
          <RecordText key={i} text={record} labels={labels} locale={locale} testId={testId} />
        ));
  const spf = report.spf?.records.length ? report.spf.records : report.spf?.record ? [report.spf.record] : [];
  const mx = report.mx?.records ?? [];
  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading">{t('domain.records')}</h2>
      <dl className="records">
        <dt>{t('domain.spfRecord')}</dt>
        <dd>{list(spf, 'spf-record')}</dd>
        <dt>{t('domain.dmarcRecord')}</dt>
        <dd>{list(report.dmarc?.record ? [report.dmarc.record] : [], 'dmarc-record')}</dd>
        <dt>{t('domain.mxRecords')}</dt>
        <dd>
          {mx.length === 0 ? (
            none
          ) : (
            <RecordText
              text={mx.map((r) => `${r.preference} ${r.exchange || '.'}`).join('\n')}
              labels={labels}
              locale={locale}
            />
          )}
        </dd>
        <dt>{t('domain.adspRecord')}</dt>
        <dd>{list(report.adsp?.record ? [report.adsp.record] : [], 'adsp-record')}</dd>
        <dt>{t('domain.senderIdRecord')}</dt>
        <dd>{list(report.senderId?.records.map((r) => r.record) ?? [], 'senderid-record')}</dd>
      </dl>
    </section>
  );
}
