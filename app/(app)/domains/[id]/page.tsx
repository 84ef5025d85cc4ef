import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmActionButton } from '@/components/confirm-action-button';
import { DomainName } from '@/components/domain-name';
import { ScanNowButton } from '@/components/scan-now-button';
import { DkimKeys } from '@/components/scorecard/dkim-keys';
import { dmarcPolicyWords } from '@/components/scorecard/dmarc-policy-words';
import { DomainGroupsForm } from '@/components/scorecard/domain-groups-form';
import { FindingList } from '@/components/scorecard/finding-list';
import { GradePanel } from '@/components/scorecard/grade-panel';
import { RecordsPanel } from '@/components/scorecard/records-panel';
import { ScorecardDownloadLinks } from '@/components/scorecard/scorecard-download-links';
import { SpfTree } from '@/components/scorecard/spf-tree';
import { Timeline } from '@/components/scorecard/timeline';
import { archiveDomainAction } from '@/lib/actions/archive-domain';
import { pageContext } from '@/lib/auth/page-context';
import { formatDateTime } from '@/lib/i18n/format';
import { getDomainScorecard } from '@/lib/queries/get-domain-scorecard';
import { listFilterOptions } from '@/lib/queries/list-filter-options';

export const dynamic = 'force-dynamic';

export default async function DomainPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const [domain, options] = await Promise.all([getDomainScorecard(viewer, id), listFilterOptions(viewer)]);
  if (!domain) notFound();
  const { report, state } = domain;
  const fetched = state?.completeAt ?? (report?.checkedAt ? new Date(report.checkedAt) : null);
  return (
    <>
      <h1>
        <DomainName ascii={domain.ascii} unicode={domain.unicode} />
      </h1>
      <div className="scorecard-head">
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
            {domain.tags.length > 0 && (
              <>
                <dt>{t('domains.tags')}</dt>
                <dd>{domain.tags.join(', ')}</dd>
              </>
            )}
            {domain.selectors.length > 0 && (
              <>
                <dt>{t('domain.selectors')}</dt>
                <dd>{domain.selectors.join(', ')}</dd>
              </>
            )}
            {domain.notes && (
              <>
                <dt>{t('domain.notes')}</dt>
                <dd className="notes">{domain.notes}</dd>
              </>
            )}
          </dl>
          {fetched && (
            <p className="muted" data-testid="fetched-at">
              {t('domain.fetchedAt', { time: formatDateTime(fetched, locale) })}
            </p>
          )}
          <ScorecardDownloadLinks domainId={domain.id} ascii={domain.ascii} locale={locale} t={t} />
          {(state?.stale || report?.status === 'partial') && (
            <p className="error">
              {state?.staleReason
                ? t('domain.staleReason', { reason: state.staleReason })
                : t('domain.unknown')}
            </p>
          )}
          {user.role === 'admin' && (
            <DomainGroupsForm
              domainId={domain.id}
              groups={options.groups}
              current={domain.groups.map((g) => g.id)}
              labels={{
                legend: t('groups.domainGroups'),
                save: t('common.save'),
                saved: t('groups.domainGroupsSaved'),
              }}
            />
          )}
          {user.role === 'admin' && (
            <ScanNowButton
              domainId={domain.id}
              labels={{
                scanNow: t('domain.scanNow'),
                scanning: t('domain.scanning'),
                done: t('domain.scanDone'),
              }}
            />
          )}
          {user.role === 'admin' && (
            <ConfirmActionButton
              action={archiveDomainAction.bind(null, domain.id)}
              label={t('domain.archive')}
              confirm={t('domain.archiveConfirm', { domain: domain.unicode })}
            />
          )}
        </div>
        <GradePanel report={report} locale={locale} t={t} />
      </div>
      {!report ? (
        <p className="empty">{t('domain.notScanned')}</p>
      ) : (
        <>
          <RecordsPanel report={report} locale={locale} t={t} />
          {report.spf?.tree && (
            <SpfTree
              tree={report.spf.tree}
              lookups={report.spf.lookups}
              voidLookups={report.spf.voidLookups}
              locale={locale}
              t={t}
            />
          )}
          <section aria-labelledby="dmarc-heading">
            <h2 id="dmarc-heading">{t('domain.dmarcPolicy')}</h2>
            <ul className="plain-words">
              {dmarcPolicyWords(report.dmarc, t).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="dkim-heading">
            <h2 id="dkim-heading">{t('domain.dkimKeys')}</h2>
            <DkimKeys
              history={domain.dkimKeys}
              current={report.dkim?.keys ?? []}
              now={new Date()}
              locale={locale}
              t={t}
            />
          </section>
          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">{t('domain.findings')}</h2>
            <FindingList findings={report.findings} locale={locale} t={t} />
          </section>
        </>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('domain.timeline')}</h2>
        <Timeline events={domain.events} locale={locale} t={t} />
      </section>
    </>
  );
}
