import { CreateTokenForm } from '@/components/api-tokens/create-token-form';
import { TokenTable } from '@/components/api-tokens/token-table';
import { SettingsSection } from '@/components/settings-section';
import { API_TOKEN_EXPIRY_DAYS } from '@/lib/api-tokens/create-api-token';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { pageContext } from '@/lib/auth/page-context';

export const dynamic = 'force-dynamic';

export default async function ApiTokensPage() {
  const { viewer, locale, t } = await pageContext('admin');
  const tokens = await listApiTokens(viewer);
  return (
    <>
      <h1>{t('apiTokens.title')}</h1>
      <p className="intro">
        {t('apiTokens.intro')} <a href="/api/v1/openapi.json">{t('apiTokens.docs')}</a>
      </p>
      <SettingsSection id="create-token" title={t('apiTokens.create')}>
        <CreateTokenForm
          expiryDays={API_TOKEN_EXPIRY_DAYS}
          labels={{
            name: t('common.name'),
            scope: t('apiTokens.scope'),
            scopeRead: t('apiTokens.scope.read'),
            scopeWrite: t('apiTokens.scope.write'),
            expiry: t('apiTokens.expiry'),
            expiryDays: API_TOKEN_EXPIRY_DAYS.map((days) => t('apiTokens.expiry.days', { days })),
            submit: t('apiTokens.create'),
            invalid: t('apiTokens.invalid'),
            created: t('apiTokens.created'),
            copyHint: t('apiTokens.copyHint'),
            token: t('apiTokens.token'),
          }}
        />
      </SettingsSection>
      <SettingsSection id="tokens" title={t('apiTokens.caption')}>
        <TokenTable tokens={tokens} locale={locale} t={t} now={new Date()} />
      </SettingsSection>
    </>
  );
}
