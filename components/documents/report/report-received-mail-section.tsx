import { MailSeriesHead } from '@/components/received-mail/mail-series-head';
import { formatNumber, formatPercent, formatPoints } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import { MAIL_HEADLINES } from '@/lib/received-mail/mail-series';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';

/**
 * The report's received-mail series (by message): per period the sources, each headline share and
 * its change; a marked row where the sources change, since periods either side are not comparable.
 */
export function ReportReceivedMailSection({ report, t }: { report: AdoptionReport; t: Translate }) {
  const mail = report.receivedMail;
  if (mail === undefined) return null;
  const { language } = report.selection;
  return (
    <section data-testid="report-received-mail">
      <h2>{t('report.sheet.receivedMail')}</h2>
      <p className="muted">{t('report.receivedMailNote')}</p>
      {mail.periods.length === 0 ? (
        <p>{t('report.noData')}</p>
      ) : (
        <table>
          <MailSeriesHead periodLabel={t('report.bucket')} totalLabel={t('mail.total.messages')} t={t} />
          <tbody>
            {mail.periods.map((p) => (
              <tr key={p.start} className={p.breakBefore ? 'series-break-row' : undefined}>
                <th scope="row">
                  {p.start}
                  {p.breakBefore && ` · ${t('report.seriesBreakYes')}`}
                </th>
                <td className="num">{p.sources}</td>
                <td className="num">{formatNumber(p.messages.total, language)}</td>
                {MAIL_HEADLINES.map((h) => (
                  <td key={h} className="num">
                    {formatPercent(p.messages.shares[h], language)}
                    {p.messages.change && (
                      <span className="muted"> ({formatPoints(p.messages.change[h], language)})</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
