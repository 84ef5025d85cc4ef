import { formatNumber, formatPercent, formatPoints } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { MAIL_HEADLINES, type MailBasis, type MailPeriod } from '@/lib/received-mail/mail-series';

interface Props {
  latest: MailPeriod;
  basis: MailBasis;
  /** Periods already formatted: the latest, and the one before it (null: none). */
  period: string;
  since: string | null;
  locale: Locale;
  t: Translate;
}

/** The latest period as the survey prints it: "93.41%", "+2.44 points since June", "data from 7 sources". */
export function MailHeadlineCards({ latest, basis, period, since, locale, t }: Props) {
  const figures = latest[basis];
  return (
    <section aria-labelledby="mail-latest">
      <h2 id="mail-latest">
        {t('mail.latest', { period })}
        <span className="muted small" data-testid="mail-sources">
          {' · '}
          {latest.sources === 1 ? t('mail.sources.one') : t('mail.sources', { count: latest.sources })}
        </span>
      </h2>
      <div className="metric-grid">
        {MAIL_HEADLINES.map((headline) => {
          const points = figures.change?.[headline] ?? null;
          return (
            <article key={headline} className="panel metric-card" data-headline={headline}>
              <h3>{t(`mail.headline.${headline}`)}</h3>
              <p className="metric-value">{formatPercent(figures.shares[headline], locale)}</p>
              <p
                className={points === null ? 'muted' : points >= 0 ? 'metric-delta-up' : 'metric-delta-down'}
                data-testid="mail-change"
              >
                {points !== null && since !== null
                  ? t('mail.change', { points: formatPoints(points, locale), period: since })
                  : latest.breakBefore
                    ? t('mail.notComparable')
                    : t('mail.noEarlier')}
              </p>
            </article>
          );
        })}
      </div>
      <p className="muted small">
        {t('mail.totals', {
          messages: formatNumber(latest.messages.total, locale),
          domains: formatNumber(latest.domains.total, locale),
        })}
      </p>
    </section>
  );
}
