import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProfileStanding } from '@/components/compliance/profile-standing';
import { ProfilesForm } from '@/components/compliance/profiles-form';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { getGroupCompliance } from '@/lib/queries/get-group-compliance';
import { listComplianceProfiles } from '@/lib/queries/list-compliance-profiles';

export const dynamic = 'force-dynamic';

export default async function GroupCompliancePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const [compliance, profiles] = await Promise.all([
    getGroupCompliance(viewer, id),
    listComplianceProfiles(viewer),
  ]);
  if (!compliance) notFound();
  const followed = new Set(compliance.profiles.map((p) => p.profileId));
  return (
    <>
      <h1>{t('compliance.groupTitle', { group: compliance.group.name })}</h1>
      <p>
        <Link href={`/groups/${compliance.group.id}`}>{compliance.group.name}</Link>
      </p>
      {hasRole(user.role, 'editor') && (
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
    </>
  );
}
