import Link from 'next/link';
import type { MetricSummary } from '@/lib/history/summarize-adoption';
import { formatNumber, formatPoints } from '@/lib/i18n/format';
import { formatAdoptionPercent } from '@/lib/i18n/format-adoption-percent';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

interface Props {
  label: string;
  /** What counts as adopted, one sentence (metricHelp.*): the link's tooltip. */
  description: string;
  summary: MetricSummary;
  /** The period the change is measured from, already formatted ("Jul 2026"). */
  since: string | null;
  href: string;
  selected: boolean;
  locale: Locale;
  t: Translate;
}

/** One metric as the survey slides print it: "93.41%", "+2.44 points since June", "612 / 655 domains". */
export function MetricCard({ label, description, summary, since, href, selected, locale, t }: Props) {
  const { current, changePoints } = summary;
  const points = changePoints === null ? null : Math.round(changePoints * 100) / 100;
  return (
    <article className={`panel metric-card${selected ? ' selected' : ''}`}>
      <h3>
        <Link href={href} title={description} aria-current={selected ? 'true' : undefined}>
          {label}
        </Link>
      </h3>
      <p className="metric-value" data-testid="metric-percent">
        {formatAdoptionPercent(current, locale, t)}
      </p>
      <p className={points === null ? 'muted' : points >= 0 ? 'metric-delta-up' : 'metric-delta-down'}>
        {points === null || since === null
          ? t('overview.noChange')
          : t('overview.change', { points: formatPoints(points, locale), period: since })}
      </p>
      {current && (
        <p className="metric-row">
          <span data-testid="metric-counts">
            {t('overview.counts', {
              adopted: formatNumber(current.adopted, locale),
              domains: formatNumber(current.known, locale),
            })}
          </span>
          {current.unknown > 0 && (
            <span className="count-warning">
              {t('overview.unknown', { count: formatNumber(current.unknown, locale) })}
            </span>
          )}
        </p>
      )}
    </article>
  );
}
