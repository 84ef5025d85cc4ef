import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DomainScorecard } from '@/lib/queries/get-domain-scorecard';
import { ScorecardDownloadLinks } from './scorecard-download-links';

interface Props {
  domain: DomainScorecard;
  locale: Locale;
  t: Translate;
  /** Shown at the panel's foot: the admin's actions, when the reader is one. */
  children?: ReactNode;
}

/** The domain's facts, when its records were fetched, the downloads, and whether the result is stale. */
export function DomainSummaryPanel({ domain, locale, t, children }: Props) {
  const { report, state } = domain;
  const fetched = state?.completeAt ?? (report?.checkedAt ? new Date(report.checkedAt) : null);
  const optional = (label: string, value: ReactNode, className?: string) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd className={className}>{value}</dd>
      </>
    ) : null;
  return (
    <div className="panel">
      <dl className="facts">
        <dt>{t('domain.unicode')}</dt>
        <dd data-testid="domain-unicode">{domain.unicode}</dd>
        <dt>{t('domain.ascii')}</dt>
        <dd data-testid="domain-ascii">{domain.ascii}</dd>
        <dt>{t('domain.groups')}</dt>
        <dd>
          {domain.groups.length === 0
            ? t('domain.noGroups')
            : domain.groups.map((g, i) => (
                <span key={g.id}>
                  {i > 0 && ', '}
                  <Link href={`/groups/${g.id}`}>{g.name}</Link>
                </span>
              ))}
        </dd>
        {optional(t('domains.tags'), domain.tags.join(', '))}
        {optional(t('domain.selectors'), domain.selectors.join(', '))}
        {optional(t('domain.notes'), domain.notes, 'notes')}
      </dl>
      {fetched && (
        <p className="muted" data-testid="fetched-at">
          {t('domain.fetchedAt', { time: formatDateTime(fetched, locale) })}
        </p>
      )}
      <ScorecardDownloadLinks domainId={domain.id} ascii={domain.ascii} locale={locale} t={t} />
      {(state?.stale || report?.status === 'partial') && (
        <p className="error">
          {state?.staleReason ? t('domain.staleReason', { reason: state.staleReason }) : t('domain.unknown')}
        </p>
      )}
      {children}
    </div>
  );
}
