import { ReceivedMailChart } from '@/components/charts/received-mail-chart';
import { MailControls } from '@/components/received-mail/mail-controls';
import { MailHeadlineCards } from '@/components/received-mail/mail-headline-cards';
import { MailSeriesTable } from '@/components/received-mail/mail-series-table';
import { pageContext } from '@/lib/auth/page-context';
import { formatBucket } from '@/lib/i18n/format';
import { getReceivedMailSeries } from '@/lib/queries/get-received-mail-series';
import { mailChartRows } from '@/lib/received-mail/mail-chart-rows';
import { MAIL_HEADLINES } from '@/lib/received-mail/mail-series';
import { parseReceivedMailFilter } from '@/lib/received-mail/received-mail-filter';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Received mail in the survey's shape: shares by week or month, N sources, breaks where N changes. */
export default async function ReceivedMailPage({ searchParams }: { searchParams: SearchParams }) {
  const { viewer, locale, t } = await pageContext();
  const filter = parseReceivedMailFilter(await searchParams);
  const series = await getReceivedMailSeries(viewer, { by: filter.by, source: filter.source });
  const label = (start: string) => formatBucket(start, filter.by, locale);
  const { periods } = series;
  const latest = periods.at(-1);
  const before = periods.at(-2);
  const chart = mailChartRows(periods, filter.basis, label);
  const basis = t(`mail.basis.${filter.basis}`);
  return (
    <>
      <h1>{t('mail.title')}</h1>
      <p className="muted">{t('mail.intro', { by: t(`mail.by.${filter.by}`) })}</p>
      <MailControls filter={filter} sources={series.sources} t={t} />
      {latest === undefined ? (
        <p className="empty">{t('mail.empty')}</p>
      ) : (
        <>
          <MailHeadlineCards
            latest={latest}
            basis={filter.basis}
            period={label(latest.start)}
            since={before ? label(before.start) : null}
            locale={locale}
            t={t}
          />
          <section aria-labelledby="mail-trend">
            <h2 id="mail-trend">{t('mail.chart')}</h2>
            <ReceivedMailChart
              data={chart.rows}
              series={MAIL_HEADLINES.map((h) => ({ key: h, name: t(`mail.headline.${h}`) }))}
              breaks={chart.breaks.map((b) => ({ key: b.key, text: t('mail.breakMarker', { count: b.to }) }))}
              locale={locale}
              summary={t('mail.chartSummary', { basis })}
            />
            {chart.breaks.map((b) => (
              <p key={b.key} className="series-break-note" data-testid="series-break">
                {t('mail.break', { period: label(b.period), from: b.from, to: b.to })}
              </p>
            ))}
            <details>
              <summary>{t('mail.table')}</summary>
              <MailSeriesTable
                caption={t('mail.tableCaption', { basis })}
                periods={periods}
                basis={filter.basis}
                label={label}
                locale={locale}
                t={t}
              />
            </details>
          </section>
        </>
      )}
      <p className="muted small">{t('mail.definitions')}</p>
    </>
  );
}
