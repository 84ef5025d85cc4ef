import { MailSourceForm } from '@/components/mail-sources/mail-source-form';
import { mailSourceFormLabels } from '@/components/mail-sources/mail-source-form-labels';
import { MailSourceTable } from '@/components/mail-sources/mail-source-table';
import { SettingsSection } from '@/components/settings-section';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { listMailSources } from '@/lib/queries/list-mail-sources';

export const dynamic = 'force-dynamic';

/** The data sources, for everyone to read; admins not limited to groups add them here. */
export default async function MailSourcesPage() {
  const { viewer, locale, t } = await pageContext();
  const sources = await listMailSources(viewer);
  return (
    <>
      <h1>{t('mailSources.title')}</h1>
      <p className="intro">{t('mailSources.intro')}</p>
      <SettingsSection id="sources" title={t('mailSources.caption')}>
        <MailSourceTable sources={sources} locale={locale} t={t} />
      </SettingsSection>
      {isUnscopedAdmin(viewer) && (
        <SettingsSection id="create-source" title={t('mailSources.create')}>
          <MailSourceForm labels={mailSourceFormLabels(t)} />
        </SettingsSection>
      )}
    </>
  );
}
