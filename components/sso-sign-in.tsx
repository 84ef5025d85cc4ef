import type { MessageKey } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

/** The message for each reason /login/sso/callback gives (lib/auth/oidc/finish-sso-sign-in.ts). */
const REASONS: Record<string, MessageKey> = {
  'domain-not-allowed': 'sso.error.domain',
  'no-email': 'sso.error.email',
  'email-unverified': 'sso.error.email',
  'no-role': 'sso.error.access',
  'no-group': 'sso.error.access',
  'unknown-user': 'sso.error.access',
  'subject-mismatch': 'sso.error.taken',
  'no-subject': 'sso.error.rejected',
  disabled: 'sso.error.disabled',
  deleted: 'sso.error.disabled',
  'state-unknown': 'sso.error.expired',
  'browser-mismatch': 'sso.error.expired',
  'token-rejected': 'sso.error.rejected',
  'provider-error': 'sso.error.provider',
  'provider-unavailable': 'sso.error.unavailable',
  unavailable: 'sso.error.unavailable',
  wait: 'sso.error.wait',
};

interface Props {
  /** The provider's name (KENSA_OIDC_NAME). */
  provider: string;
  next: string | undefined;
  /** The reason an SSO sign-in was just refused (?sso=…). */
  error: string | undefined;
  t: Translate;
}

/** "Sign in with …": a plain GET form to /login/sso, so it works without JavaScript. */
export function SsoSignIn({ provider, next, error, t }: Props) {
  const reason =
    error && Object.hasOwn(REASONS, error) ? REASONS[error] : error ? 'sso.error.provider' : null;
  return (
    <form method="get" action="/login/sso">
      {next && <input type="hidden" name="next" value={next} />}
      {reason && (
        <p className="error" role="alert">
          {t(reason)}
        </p>
      )}
      <p>
        <button type="submit">{t('login.sso', { name: provider })}</button>
      </p>
    </form>
  );
}
