import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DmarcReportsPanel } from '@/components/dmarc-reports/dmarc-reports-panel';
import { DomainName } from '@/components/domain-name';
import { GroupForm } from '@/components/groups/group-form';
import { ScheduleForm } from '@/components/groups/schedule-form';
import { scheduleText } from '@/components/groups/schedule-text';
import { ImportForm } from '@/components/import/import-form';
import { importLabels } from '@/components/import/import-labels';
import { StartScanButton } from '@/components/start-scan-button';
import { GroupTargetsSection } from '@/components/targets/group-targets-section';
import { metricChoices } from '@/components/targets/metric-choices';
import { startGroupScanAction } from '@/lib/actions/start-group-scan';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { formatNumber } from '@/lib/i18n/format';
import { lastDays } from '@/lib/queries/dmarc-report-target';
import { getDmarcView } from '@/lib/queries/get-dmarc-view';
import { getGroup } from '@/lib/queries/get-group';
import { getGroupCompliance } from '@/lib/queries/get-group-compliance';
import { listGroupTargets } from '@/lib/queries/list-group-targets';

export const dynamic = 'force-dynamic';

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const admin = hasRole(user.role, 'editor');
  const [group, dmarc, targets, compliance] = await Promise.all([
    getGroup(viewer, id),
    getDmarcView(viewer, { kind: 'group', id }, lastDays(30)),
    listGroupTargets(viewer, { groupIds: [id] }),
    admin ? getGroupCompliance(viewer, id) : null,
  ]);
  if (!group) notFound();
  return (
    <>
      <h1>{group.name}</h1>
      {group.description && <p>{group.description}</p>}
      <p>
        {t('groups.schedule')}: {scheduleText(group, t)} · {t('groups.members')}:{' '}
        <Link href={`/?group=${group.id}`}>{formatNumber(group.memberCount, locale)}</Link> ·{' '}
        <Link href={`/groups/${group.id}/compliance`}>{t('compliance.link')}</Link> ·{' '}
        <Link href={`/groups/${group.id}/compare`}>{t('comparison.link')}</Link> ·{' '}
        <Link href={`/groups/${group.id}/owners`}>{t('owners.link')}</Link>
      </p>
      {admin ? (
        <div className="two-columns">
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t('groups.edit')}</h2>
            <GroupForm
              group={group}
              labels={{
                name: t('common.name'),
                description: t('common.description'),
                submit: t('common.save'),
                saved: t('common.saved'),
                nameTaken: t('groups.nameTaken'),
                invalid: t('groups.invalid'),
              }}
            />
            <h2>{t('groups.scanGroup')}</h2>
            <StartScanButton
              start={startGroupScanAction.bind(null, group.id)}
              labels={{ start: t('groups.scanGroup'), started: t('groups.scanStarted') }}
            />
          </section>
          <section aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">{t('groups.schedule')}</h2>
            <ScheduleForm
              groupId={group.id}
              initial={{
                kind: group.scheduleKind,
                cron: group.scheduleCron,
                timeZone: group.scheduleTimeZone,
              }}
              labels={{
                legend: t('groups.schedule'),
                none: t('groups.schedule.none'),
                daily: t('groups.schedule.daily'),
                weekly: t('groups.schedule.weekly'),
                cron: t('groups.cron'),
                timeZone: t('groups.timeZone'),
                save: t('common.save'),
                saved: t('common.saved'),
              }}
            />
          </section>
        </div>
      ) : (
        <p className="muted">{t('state.readOnly')}</p>
      )}
      <GroupTargetsSection
        groupId={group.id}
        targets={targets}
        choices={admin ? metricChoices(compliance?.profiles ?? [], locale, t) : null}
        locale={locale}
        t={t}
      />
      {admin && (
        <section aria-labelledby="assign-heading">
          <h2 id="assign-heading">{t('groups.assign')}</h2>
          <p className="muted">{t('groups.assignHelp')}</p>
          <ImportForm labels={importLabels(t)} locale={locale} group={group.name} />
        </section>
      )}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('groups.memberList')}</h2>
        {group.members.length === 0 ? (
          <p className="empty">{t('groups.noMembers')}</p>
        ) : (
          <>
            <ul className="columns">
              {group.members.map((m) => (
                <li key={m.id}>
                  <Link href={`/domains/${m.id}`}>
                    <DomainName ascii={m.ascii} unicode={m.unicode} />
                  </Link>
                </li>
              ))}
            </ul>
            {group.memberCount > group.members.length && (
              <p>
                <Link href={`/?group=${group.id}`}>
                  {t('groups.memberListMore', {
                    shown: formatNumber(group.members.length, locale),
                    count: formatNumber(group.memberCount, locale),
                  })}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
      {dmarc && <DmarcReportsPanel view={dmarc} approveFor={null} locale={locale} t={t} />}
    </>
  );
}
