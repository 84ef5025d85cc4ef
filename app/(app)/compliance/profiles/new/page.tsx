import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProfileEditor } from '@/components/compliance/editor/profile-editor';
import { profileEditorLabels } from '@/components/compliance/editor/profile-editor-labels';
import { pageContext } from '@/lib/auth/page-context';
import { canEditProfiles } from '@/lib/compliance/can-edit-profiles';
import type { ProfileDefinition } from '@/lib/compliance/profile-schema';
import { defaultCheck } from '@/lib/compliance/requirement-check-defaults';
import { translator } from '@/lib/i18n/translate';
import { getComplianceProfile } from '@/lib/queries/get-compliance-profile';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const BLANK: ProfileDefinition = {
  name: { en: '', ja: '' },
  description: { en: '', ja: '' },
  source: { title: '', url: null, published: '' },
  requirements: [
    {
      id: 'spf-valid',
      level: 'must',
      appliesTo: 'all',
      check: defaultCheck('spf-valid'),
      source: '',
      title: { en: '', ja: '' },
      explanation: { en: '', ja: '' },
    },
  ],
};

/** A new administrator's profile: blank, or a copy of another (`?from=<id>`, e.g. a built-in one). */
export default async function NewComplianceProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const [{ from }, { user, viewer, t }] = await Promise.all([searchParams, pageContext('admin')]);
  if (!canEditProfiles(user)) notFound();
  const source = typeof from === 'string' ? await getComplianceProfile(viewer, from) : null;
  const initial: ProfileDefinition = source
    ? {
        ...source.definition,
        name: {
          en: translator('en')('compliance.copyOf', { name: source.definition.name.en }),
          ja: translator('ja')('compliance.copyOf', { name: source.definition.name.ja }),
        },
      }
    : BLANK;
  return (
    <>
      <p>
        <Link href="/compliance">← {t('compliance.profilesTitle')}</Link>
      </p>
      <h1>{t('compliance.newProfile')}</h1>
      <ProfileEditor initial={initial} labels={profileEditorLabels(t)} />
    </>
  );
}
