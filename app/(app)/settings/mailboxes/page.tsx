import { AddMailboxForm } from '@/components/mailboxes/add-mailbox-form';
import { MailboxTable } from '@/components/mailboxes/mailbox-table';
import { SettingsSection } from '@/components/settings-section';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { offeredPurposes } from '@/lib/mailboxes/purpose-handlers';
import { listMailSourceChoices } from '@/lib/queries/list-mail-source-choices';
import { listMailboxAccounts } from '@/lib/queries/list-mailbox-accounts';

export const dynamic = 'force-dynamic';

const ERROR_CODES = [
  'invalid',
  'name-taken',
  'no-such-source',
  'purpose-unavailable',
  'not-found',
  'out_of_scope',
] as const;

export default async function MailboxesPage() {
  const { viewer, locale, t } = await pageContext('admin');
  if (!isUnscopedAdmin(viewer))
    return (
      <>
        <h1>{t('mailboxes.title')}</h1>
        <p className="error">{t('mailboxes.error.out_of_scope')}</p>
      </>
    );
  const [accounts, sources] = await Promise.all([listMailboxAccounts(viewer), listMailSourceChoices(viewer)]);
  // Received mail needs a source to count into; a purpose without its handler is not offered at all.
  const purposes = offeredPurposes().filter((purpose) => purpose !== 'received-mail' || sources.length > 0);
  return (
    <>
      <h1>{t('mailboxes.title')}</h1>
      <p className="intro">{t('mailboxes.intro')}</p>
      <SettingsSection id="mailboxes" title={t('mailboxes.caption')}>
        <MailboxTable accounts={accounts} locale={locale} t={t} />
      </SettingsSection>
      <SettingsSection id="add-mailbox" title={t('mailboxes.add')}>
        {purposes.length === 0 ? (
          <p className="muted">{t('mailboxes.noSources')}</p>
        ) : (
          <AddMailboxForm
            purposes={purposes.map((value) => ({ value, label: t(`mailboxes.purpose.${value}`) }))}
            sources={sources}
            labels={{
              name: t('common.name'),
              host: t('mailboxes.host'),
              port: t('mailboxes.port'),
              tlsMode: t('mailboxes.tlsMode'),
              tls: t('mailboxes.tlsMode.tls'),
              starttls: t('mailboxes.tlsMode.starttls'),
              username: t('mailboxes.username'),
              password: t('mailboxes.password'),
              folder: t('mailboxes.folder'),
              processedFolder: t('mailboxes.processedFolder'),
              invalidFolder: t('mailboxes.invalidFolder'),
              interval: t('mailboxes.interval'),
              purpose: t('mailboxes.purpose'),
              source: t('mailboxes.source'),
              submit: t('mailboxes.add'),
              created: t('mailboxes.created'),
              errors: Object.fromEntries(ERROR_CODES.map((code) => [code, t(`mailboxes.error.${code}`)])),
            }}
          />
        )}
      </SettingsSection>
    </>
  );
}
