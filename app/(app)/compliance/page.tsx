import Link from 'next/link';
import { pageContext } from '@/lib/auth/page-context';
import { canEditProfiles } from '@/lib/compliance/can-edit-profiles';
import { listComplianceProfiles } from '@/lib/queries/list-compliance-profiles';

export const dynamic = 'force-dynamic';

export default async function ComplianceProfilesPage() {
  const { user, viewer, locale, t } = await pageContext();
  const profiles = await listComplianceProfiles(viewer);
  return (
    <>
      <h1>{t('compliance.profilesTitle')}</h1>
      <p className="muted">{t('compliance.profilesIntro')}</p>
      {canEditProfiles(user) && (
        <p>
          <Link href="/compliance/profiles/new">{t('compliance.newProfile')}</Link>
        </p>
      )}
      <table data-testid="profiles-table">
        <thead>
          <tr>
            <th scope="col">{t('compliance.editor.name')}</th>
            <th scope="col">{t('compliance.source')}</th>
            <th scope="col">{t('compliance.editor.requirements')}</th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link href={`/compliance/profiles/${p.id}`}>{p.definition.name[locale]}</Link>{' '}
                <span className="muted">
                  ({p.builtinKey ? t('compliance.builtin') : t('compliance.custom')},{' '}
                  {t('compliance.version', { version: p.version })})
                </span>
              </th>
              <td>{p.definition.source.title}</td>
              <td>{t('compliance.requirementsCount', { count: p.definition.requirements.length })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
