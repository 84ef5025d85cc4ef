import type { ApiTokenRow } from '@/lib/api-tokens/list-api-tokens';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { RevokeTokenButton } from './revoke-token-button';

interface Props {
  tokens: ApiTokenRow[];
  locale: Locale;
  t: Translate;
  now: Date;
}

function statusText(token: ApiTokenRow, t: Translate, locale: Locale, now: Date): string {
  if (token.revokedAt) return t('apiTokens.revokedAt', { time: formatDateTime(token.revokedAt, locale) });
  if (token.expiresAt <= now) return t('apiTokens.expired');
  return t('apiTokens.active');
}

/** Every token with who made it and when it was last used; live tokens have a Revoke button. */
export function TokenTable({ tokens, locale, t, now }: Props) {
  if (tokens.length === 0) return <p className="empty">{t('apiTokens.empty')}</p>;
  const time = (date: Date | null) => (date ? formatDateTime(date, locale) : t('common.never'));
  return (
    <table data-testid="api-tokens">
      <caption className="visually-hidden">{t('apiTokens.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('common.name')}</th>
          <th scope="col">{t('apiTokens.prefix')}</th>
          <th scope="col">{t('apiTokens.scope')}</th>
          <th scope="col">{t('apiTokens.createdBy')}</th>
          <th scope="col">{t('apiTokens.createdAt')}</th>
          <th scope="col">{t('apiTokens.lastUsed')}</th>
          <th scope="col">{t('apiTokens.expiry')}</th>
          <th scope="col">{t('apiTokens.status')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => {
          const live = !token.revokedAt && token.expiresAt > now;
          return (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{t(token.scope === 'write' ? 'apiTokens.scope.write' : 'apiTokens.scope.read')}</td>
              <td>{token.createdBy}</td>
              <td>{time(token.createdAt)}</td>
              <td>{time(token.lastUsedAt)}</td>
              <td>{formatDateTime(token.expiresAt, locale)}</td>
              <td>{statusText(token, t, locale, now)}</td>
              <td>
                {live && (
                  <RevokeTokenButton
                    tokenId={token.id}
                    labels={{
                      revoke: t('apiTokens.revoke'),
                      label: t('apiTokens.revokeLabel', { name: token.name }),
                      confirm: t('apiTokens.revokeConfirm', { name: token.name }),
                    }}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
