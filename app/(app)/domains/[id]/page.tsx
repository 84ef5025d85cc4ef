import { notFound } from 'next/navigation';
import { DmarcReportsPanel } from '@/components/dmarc-reports/dmarc-reports-panel';
import { DomainName } from '@/components/domain-name';
import { CompliancePanel } from '@/components/scorecard/compliance-panel';
import { DkimKeys } from '@/components/scorecard/dkim-keys';
import { DmarcPolicyPanel } from '@/components/scorecard/dmarc-policy-panel';
import { DomainAdminActions } from '@/components/scorecard/domain-admin-actions';
import { DomainSummaryPanel } from '@/components/scorecard/domain-summary-panel';
import { FindingList } from '@/components/scorecard/finding-list';
import { GradePanel } from '@/components/scorecard/grade-panel';
import { ReceivedMailPanel } from '@/components/scorecard/received-mail-panel';
import { RecordsPanel } from '@/components/scorecard/records-panel';
import { ScorecardSection } from '@/components/scorecard/scorecard-section';
import { SpfTree } from '@/components/scorecard/spf-tree';
import { Timeline } from '@/components/scorecard/timeline';
import { TransportPanel } from '@/components/scorecard/transport-panel';
import { TransportSecurityPanel } from '@/components/scorecard/transport-security-panel';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { lastDays } from '@/lib/queries/dmarc-report-target';
import { getDmarcView } from '@/lib/queries/get-dmarc-view';
import { getDomainCompliance } from '@/lib/queries/get-domain-compliance';
import { getDomainReceivedMail } from '@/lib/queries/get-domain-received-mail';
import { getDomainScorecard } from '@/lib/queries/get-domain-scorecard';
import { listFilterOptions } from '@/lib/queries/list-filter-options';
import { listLearnedSelectors } from '@/lib/queries/list-learned-selectors';

export const dynamic = 'force-dynamic';

/** A domain's scorecard: the panels read the scorecard query; the groups list only for admins. */
export default async function DomainPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const [domain, mail, options, dmarc, learnedSelectors, compliance] = await Promise.all([
    getDomainScorecard(viewer, id),
    getDomainReceivedMail(viewer, id),
    hasRole(user.role, 'editor') ? listFilterOptions(viewer) : null,
    getDmarcView(viewer, { kind: 'domain', id }, lastDays(30)),
    listLearnedSelectors(viewer, id),
    getDomainCompliance(viewer, id),
  ]);
  if (!domain) notFound();
  const { report } = domain;
  return (
    <>
      <h1>
        <DomainName ascii={domain.ascii} unicode={domain.unicode} />
      </h1>
      <div className="scorecard-head">
        <DomainSummaryPanel domain={domain} locale={locale} t={t}>
          {options && <DomainAdminActions domain={domain} groups={options.groups} t={t} />}
        </DomainSummaryPanel>
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
          <DmarcPolicyPanel dmarc={report.dmarc} t={t} />
          <TransportSecurityPanel report={report} locale={locale} t={t} />
          <CompliancePanel profiles={compliance} locale={locale} t={t} />
          <ScorecardSection id="dkim" title={t('domain.dkimKeys')}>
            <DkimKeys
              history={domain.dkimKeys}
              current={report.dkim?.keys ?? []}
              now={new Date()}
              locale={locale}
              t={t}
            />
          </ScorecardSection>
          <TransportPanel report={report} locale={locale} t={t} />
          <ScorecardSection id="findings" title={t('domain.findings')}>
            <FindingList findings={report.findings} locale={locale} t={t} />
          </ScorecardSection>
        </>
      )}
      {dmarc && (
        <DmarcReportsPanel
          view={dmarc}
          learnedSelectors={learnedSelectors}
          approveFor={hasRole(user.role, 'admin') ? domain.id : null}
          locale={locale}
          t={t}
        />
      )}
      {mail && (
        <ScorecardSection id="received-mail" title={t('scorecard.mail.title')}>
          <ReceivedMailPanel mail={mail} report={report} locale={locale} t={t} />
        </ScorecardSection>
      )}
      <ScorecardSection id="timeline" title={t('domain.timeline')}>
        <Timeline events={domain.events} locale={locale} t={t} />
      </ScorecardSection>
    </>
  );
}
