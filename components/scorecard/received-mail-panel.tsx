import { formatBucket, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DomainReceivedMail } from '@/lib/queries/get-domain-received-mail';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';
import { MAIL_METHODS, type MailMethod } from '@/lib/received-mail/read-mail-periods';

interface Props {
  mail: DomainReceivedMail;
  report: ScorecardReport | null;
  locale: Locale;
  t: Translate;
}

const METHOD_NAMES: Record<MailMethod, string> = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC' };

/**
 * How the domain's own mail fared at receivers last week (share of each result per method, N
 * sources), beside what DNS says: a published record is no proof that the mail passes.
 */
export function ReceivedMailPanel({ mail, report, locale, t }: Props) {
  const { latest, senderDomain } = mail;
  if (latest === null)
    return (
      <p className="empty" data-testid="scorecard-mail-empty">
        {t('scorecard.mail.empty', { domain: senderDomain })}
      </p>
    );
  const figures = latest.messages;
  const share = (method: MailMethod, result: string) =>
    figures.total === 0 ? 0 : (figures.results[method][result] ?? 0) / figures.total;
  const dns: Record<MailMethod, string> = {
    spf: report?.spf?.record ?? t('domain.recordNone'),
    dkim: report?.dkim?.keys.length
      ? report.dkim.keys.map((k) => k.selector).join(', ')
      : t('domain.recordNone'),
    dmarc: report?.dmarc?.record ?? t('domain.recordNone'),
  };
  const week = formatBucket(latest.start, 'week', locale);
  return (
    <>
      <p data-testid="scorecard-mail-summary">
        {t('scorecard.mail.failed', {
          share: formatPercent(share('spf', 'fail'), locale),
          domain: senderDomain,
          method: 'SPF',
          period: formatBucket(latest.start, 'day', locale),
        })}{' '}
        <span className="muted small">
          {latest.sources === 1 ? t('mail.sources.one') : t('mail.sources', { count: latest.sources })} ·{' '}
          {t('mail.totals', {
            messages: formatNumber(figures.total, locale),
            domains: formatNumber(latest.domains.total, locale),
          })}
        </span>
      </p>
      <div className="table-scroll">
        <table data-testid="scorecard-mail-table">
          <caption className="visually-hidden">{week}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scorecard.mail.method')}</th>
              <th scope="col">{t('scorecard.mail.results')}</th>
              <th scope="col">{t('scorecard.mail.dns')}</th>
            </tr>
          </thead>
          <tbody>
            {MAIL_METHODS.map((method) => (
              <tr key={method}>
                <th scope="row">{METHOD_NAMES[method]}</th>
                <td>
                  {Object.keys(figures.results[method])
                    .sort()
                    .map((result) => `${result} ${formatPercent(share(method, result), locale)}`)
                    .join(' · ')}
                </td>
                <td className="record-cell">{dns[method]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
