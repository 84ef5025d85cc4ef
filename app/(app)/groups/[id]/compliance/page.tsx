import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExceptionsTable } from '@/components/compliance/exceptions-table';
import { ProfileStanding } from '@/components/compliance/profile-standing';
import { ProfilesForm } from '@/components/compliance/profiles-form';
import { RequestExceptionForm } from '@/components/compliance/request-exception-form';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { dayOf } from '@/lib/history/day-of';
import { getGroup } from '@/lib/queries/get-group';
import { getGroupCompliance } from '@/lib/queries/get-group-compliance';
import { listComplianceProfiles } from '@/lib/queries/list-compliance-profiles';
import { listGroupExceptions } from '@/lib/queries/list-group-exceptions';

export const dynamic = 'force-dynamic';

export default async function GroupCompliancePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const [compliance, profiles, exceptions, group] = await Promise.all([
    getGroupCompliance(viewer, id),
    listComplianceProfiles(viewer),
    listGroupExceptions(viewer, id),
    getGroup(viewer, id),
  ]);
  if (!compliance || !group) notFound();
  const editor = hasRole(user.role, 'editor');
  const followed = new Set(compliance.profiles.map((p) => p.profileId));
  return (
    <>
      <h1>{t('compliance.groupTitle', { group: compliance.group.name })}</h1>
      <p>
        <Link href={`/groups/${compliance.group.id}`}>{compliance.group.name}</Link> ·{' '}
        <Link href={`/groups/${compliance.group.id}/compare`}>{t('comparison.link')}</Link> ·{' '}
        <Link href="/compliance">{t('compliance.manageProfiles')}</Link>
      </p>
      {editor && (
        <ProfilesForm
          groupId={compliance.group.id}
          profiles={profiles.map((p) => ({
            id: p.id,
            name: p.definition.name[locale],
            followed: followed.has(p.id),
          }))}
          labels={{
            legend: t('compliance.follow'),
            help: t('compliance.followHelp'),
            save: t('common.save'),
            saved: t('compliance.saved'),
            unknownProfiles: t('compliance.unknownProfiles'),
            invalid: t('compliance.unknownProfiles'),
          }}
        />
      )}
      {compliance.profiles.length === 0 ? (
        <p className="empty">{t('compliance.none')}</p>
      ) : (
        compliance.profiles.map((standing) => (
          <ProfileStanding key={standing.profileId} standing={standing} locale={locale} t={t} />
        ))
      )}
      <section aria-labelledby="exceptions-heading">
        <h2 id="exceptions-heading">{t('exceptions.groupHeading')}</h2>
        <p className="muted small">{t('exceptions.intro')}</p>
        <ExceptionsTable items={exceptions} locale={locale} t={t} canDecide={editor} />
        {editor && compliance.profiles.length > 0 && (
          <RequestExceptionForm
            groupId={compliance.group.id}
            today={dayOf(new Date())}
            targets={compliance.profiles.flatMap((p) =>
              p.definition.requirements.map((r) => ({
                value: `${p.profileId}:${r.id}`,
                label: `${p.definition.name[locale]}: ${r.title[locale]}`,
              })),
            )}
            members={group.members.map((m) => ({ id: m.id, name: m.unicode }))}
            labels={{
              legend: t('exceptions.request'),
              requirement: t('exceptions.requirement'),
              subject: t('exceptions.subject'),
              wholeGroup: t('exceptions.wholeGroup'),
              justification: t('exceptions.justification'),
              startsOn: t('exceptions.startsOn'),
              expiresOn: t('exceptions.expiresOn'),
              submit: t('exceptions.request'),
              requested: t('exceptions.requested'),
              errors: {
                invalid: t('exceptions.error.invalid'),
                'not-found': t('exceptions.error.not-found'),
                'unknown-requirement': t('exceptions.error.unknown-requirement'),
                'already-expired': t('exceptions.error.already-expired'),
              },
            }}
          />
        )}
      </section>
    </>
  );
}
