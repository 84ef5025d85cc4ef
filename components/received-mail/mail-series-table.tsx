import { Fragment } from 'react';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { MAIL_HEADLINES, type MailBasis, type MailPeriod } from '@/lib/received-mail/mail-series';
import { MailSeriesHead } from './mail-series-head';

interface Props {
  caption: string;
  periods: MailPeriod[];
  basis: MailBasis;
  label: (start: string) => string;
  locale: Locale;
  t: Translate;
}

/** The chart's numbers as a table, newest first, with a marked row wherever the sources change. */
export function MailSeriesTable({ caption, periods, basis, label, locale, t }: Props) {
  const newestFirst = periods.map((period, i) => ({ period, previous: periods[i - 1] })).reverse();
  return (
    <div className="table-scroll">
      <table data-testid="mail-series-table">
        <caption>{caption}</caption>
        <MailSeriesHead periodLabel={t('mail.period')} totalLabel={t(`mail.total.${basis}`)} t={t} />
        <tbody>
          {newestFirst.map(({ period, previous }) => (
            <Fragment key={period.start}>
              <tr>
                <th scope="row">{label(period.start)}</th>
                <td className="num">{period.sources}</td>
                <td className="num">{formatNumber(period[basis].total, locale)}</td>
                {MAIL_HEADLINES.map((h) => (
                  <td key={h} className="num">
                    {formatPercent(period[basis].shares[h], locale)}
                  </td>
                ))}
              </tr>
              {period.breakBefore && previous && (
                <tr className="series-break-row" data-testid="series-break-row">
                  <td colSpan={3 + MAIL_HEADLINES.length}>
                    {t('mail.breakRow', { from: previous.sources, to: period.sources })}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
