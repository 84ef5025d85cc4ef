import type { Role } from '@/lib/auth/roles';
import type { Translate } from '@/lib/i18n/translate';

/** The answers a change on a user's page can get, in the reader's language. */
export interface UserChangeLabels {
  save: string;
  saved: string;
  errors: Record<
    'not_found' | 'last_admin' | 'unknown_group' | 'disabled' | 'sso_only' | 'invalid' | 'out_of_scope',
    string
  >;
}

/** For server pages: the labels every user panel shares (client components cannot take `t`). */
export function userChangeLabels(t: Translate): UserChangeLabels {
  return {
    save: t('common.save'),
    saved: t('common.saved'),
    errors: {
      not_found: t('users.error.not_found'),
      last_admin: t('users.error.last_admin'),
      unknown_group: t('users.error.unknown_group'),
      disabled: t('users.error.disabled'),
      sso_only: t('users.error.sso_only'),
      invalid: t('users.error.invalid'),
      out_of_scope: t('users.error.out_of_scope'),
    },
  };
}

export function roleLabels(t: Translate): Record<Role, string> {
  return { viewer: t('nav.role.viewer'), editor: t('nav.role.editor'), admin: t('nav.role.admin') };
}

export function mailLabels(t: Translate) {
  return {
    sent: t('users.mail.sent'),
    failed: t('users.mail.failed'),
    not_configured: t('users.mail.not_configured'),
  };
}
