import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProfileEditor } from '@/components/compliance/editor/profile-editor';
import { profileEditorLabels } from '@/components/compliance/editor/profile-editor-labels';
import { ProfileRequirementsTable } from '@/components/compliance/profile-requirements-table';
import { pageContext } from '@/lib/auth/page-context';
import { canEditProfiles } from '@/lib/compliance/can-edit-profiles';
import { formatDateTime } from '@/lib/i18n/format';
import { getComplianceProfile } from '@/lib/queries/get-compliance-profile';

export const dynamic = 'force-dynamic';

export default async function ComplianceProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const profile = await getComplianceProfile(viewer, id);
  if (!profile) notFound();
  const { definition } = profile;
  const editable = canEditProfiles(user) && profile.builtinKey === null;
  return (
    <>
      <p>
        <Link href="/compliance">← {t('compliance.profilesTitle')}</Link>
      </p>
      <h1>{definition.name[locale]}</h1>
      <p>
        {profile.builtinKey ? t('compliance.builtin') : t('compliance.custom')} ·{' '}
        {t('compliance.version', { version: profile.version })}
      </p>
      <p>{definition.description[locale]}</p>
      <p className="muted">
        {t('compliance.source')}:{' '}
        {definition.source.url ? (
          <a href={definition.source.url} rel="noreferrer noopener">
            {definition.source.title}
          </a>
        ) : (
          definition.source.title
        )}{' '}
        {definition.source.published}
      </p>
      <ProfileRequirementsTable definition={definition} locale={locale} t={t} />
      <p className="muted small" data-testid="profile-versions">
        {profile.versions
          .map(
            (v) =>
              `${t('compliance.version', { version: v.version })} (${formatDateTime(v.createdAt, locale)})`,
          )
          .join(' · ')}
      </p>
      {canEditProfiles(user) && (
        <p>
          <Link href={`/compliance/profiles/new?from=${profile.id}`}>{t('compliance.copyProfile')}</Link>
        </p>
      )}
      {profile.builtinKey !== null && <p className="muted">{t('compliance.builtinReadOnly')}</p>}
      {editable && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('compliance.editProfile', { version: profile.version + 1 })}</h2>
          <p className="muted small">{t('compliance.followHelp')}</p>
          <ProfileEditor profileId={profile.id} initial={definition} labels={profileEditorLabels(t)} />
        </section>
      )}
    </>
  );
}
