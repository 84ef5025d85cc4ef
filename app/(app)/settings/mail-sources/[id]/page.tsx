import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmActionButton } from '@/components/confirm-action-button';
import { IngestHistoryTable } from '@/components/mail-sources/ingest-history-table';
import { MailSourceForm } from '@/components/mail-sources/mail-source-form';
import { mailSourceFormLabels } from '@/components/mail-sources/mail-source-form-labels';
import { MailUploadForm } from '@/components/mail-sources/mail-upload-form';
import { SettingsSection } from '@/components/settings-section';
import { deleteMailSourceAction } from '@/lib/actions/delete-mail-source';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { getMailSource } from '@/lib/queries/get-mail-source';
import { listMailIngests } from '@/lib/queries/list-mail-ingests';

export const dynamic = 'force-dynamic';

/** One data source: its ingest history for everyone; upload, settings and delete for unscoped admins. */
export default async function MailSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const source = await getMailSource(viewer, id);
  if (!source) notFound();
  const ingests = await listMailIngests(viewer, source.id);
  const manages = isUnscopedAdmin(viewer);
  return (
    <>
      <p>
        <Link href="/settings/mail-sources">← {t('mailSources.back')}</Link>
      </p>
      <h1>{source.name}</h1>
      {source.description && <p className="muted">{source.description}</p>}
      {manages && (
        <SettingsSection id="upload" title={t('mailSources.upload')} intro={t('mailSources.uploadIntro')}>
          <MailUploadForm
            sourceId={source.id}
            locale={locale}
            labels={{
              files: t('mailSources.files'),
              folder: t('mailSources.folder'),
              send: t('mailSources.send'),
              sending: t('mailSources.sending'),
              result: t('mailSources.result'),
              failed: t('mailSources.uploadFailed'),
              noFiles: t('mailSources.noFiles'),
            }}
          />
        </SettingsSection>
      )}
      <SettingsSection id="history" title={t('mailSources.history')}>
        <IngestHistoryTable ingests={ingests} locale={locale} t={t} />
      </SettingsSection>
      {manages && (
        <SettingsSection id="settings" title={t('mailSources.settings')}>
          <MailSourceForm source={source} labels={mailSourceFormLabels(t)} />
          <ConfirmActionButton
            action={deleteMailSourceAction.bind(null, source.id)}
            label={t('mailSources.delete')}
            confirm={t('mailSources.deleteConfirm', { name: source.name })}
          />
        </SettingsSection>
      )}
    </>
  );
}
