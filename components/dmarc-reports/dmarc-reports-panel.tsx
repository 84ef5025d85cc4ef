import { DmarcDailyChart } from '@/components/charts/dmarc-daily-chart';
import { ScorecardSection } from '@/components/scorecard/scorecard-section';
import { formatBucket } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DmarcView } from '@/lib/queries/get-dmarc-view';
import type { LearnedSelector } from '@/lib/queries/list-learned-selectors';
import { DmarcSourcesTable } from './dmarc-sources-table';
import { DmarcSummaryFacts } from './dmarc-summary-facts';

interface Props {
  view: DmarcView;
  /** A domain's selectors learned from reports; absent on a group's panel. */
  learnedSelectors?: LearnedSelector[];
  /** The domain an admin may approve sources of; null when the reader may not (or on a group). */
  approveFor: string | null;
  locale: Locale;
  t: Translate;
}

/** What receivers' DMARC aggregate reports say of a domain or a group (docs/dmarc-reports.md, Views). */
export function DmarcReportsPanel({ view, learnedSelectors = [], approveFor, locale, t }: Props) {
  return (
    <ScorecardSection id="dmarc-reports" title={t('dmarcReports.title')}>
      <p className="muted">{t('dmarcReports.period')}</p>
      {view.summary.reports === 0 ? (
        <p className="empty">{t('dmarcReports.none')}</p>
      ) : (
        <>
          <DmarcSummaryFacts summary={view.summary} locale={locale} t={t} />
          <DmarcDailyChart
            data={view.days.map((day) => ({
              label: formatBucket(day.day, 'day', locale, 'axis'),
              pass: day.pass,
              fail: day.fail,
            }))}
            labels={{ pass: t('dmarcReports.pass'), fail: t('dmarcReports.fail') }}
            locale={locale}
            summary={t('dmarcReports.chart')}
          />
          <h3>{t('dmarcReports.sources')}</h3>
          <DmarcSourcesTable sources={view.sources} approveFor={approveFor} locale={locale} t={t} />
        </>
      )}
      {learnedSelectors.length > 0 && (
        <>
          <h3>{t('dmarcReports.learnedSelectors')}</h3>
          <ul>
            {learnedSelectors.map((learned) => (
              <li key={`${learned.domain} ${learned.selector}`}>
                <code>
                  {learned.selector}._domainkey.{learned.domain}
                </code>
              </li>
            ))}
          </ul>
        </>
      )}
    </ScorecardSection>
  );
}
