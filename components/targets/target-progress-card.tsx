import type { ReactNode } from 'react';
import { TargetChart } from '@/components/charts/target-chart';
import { formatBucket } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { TargetProgress } from '@/lib/targets/target-progress';
import { TargetStatusBadge } from './target-status-badge';
import { daysLeftText, percentText, targetTitle } from './target-texts';

interface Props {
  progress: TargetProgress;
  locale: Locale;
  t: Translate;
  /** The editor's forms, under the figures. */
  children?: ReactNode;
}

/** One target: its status, the figures of the day, days left, and actual against trajectory. */
export function TargetProgressCard({ progress, locale, t, children }: Props) {
  const { target, actual, expected } = progress;
  const title = targetTitle({ ...progress.target, label: progress.target.label[locale] }, locale, t);
  return (
    <article className="panel" data-testid="target" data-target={target.id} aria-label={title}>
      <h3>
        {title} <TargetStatusBadge status={progress.status} t={t} />
      </h3>
      <dl className="facts">
        <dt>{t('targets.actual')}</dt>
        <dd data-testid="target-actual">
          {percentText(actual?.percent, locale)}
          {actual && <span className="muted small"> · {actual.day}</span>}
        </dd>
        <dt>{t('targets.expected')}</dt>
        <dd>{percentText(expected, locale)}</dd>
        <dt>{t('targets.deadline')}</dt>
        <dd>
          {target.deadline} · <span data-testid="target-days-left">{daysLeftText(progress, t)}</span>
        </dd>
        {target.milestones.length > 0 && (
          <>
            <dt>{t('targets.milestones')}</dt>
            <dd>{target.milestones.map((m) => `${m.day}: ${percentText(m.percent, locale)}`).join(' · ')}</dd>
          </>
        )}
        {target.baseline?.percent != null && (
          <>
            <dt />
            <dd className="muted small">
              {t('targets.start', {
                percent: percentText(target.baseline.percent, locale),
                day: target.baseline.day,
              })}
            </dd>
          </>
        )}
      </dl>
      <TargetChart
        data={progress.chart.map((row) => ({
          label: formatBucket(row.day, 'day', locale),
          actual: row.actual,
          expected: row.expected,
        }))}
        labels={{
          actual: t('targets.actual'),
          expected: t('targets.expected'),
          summary: t('targets.chartSummary', { target: title }),
        }}
        locale={locale}
      />
      {children}
    </article>
  );
}
