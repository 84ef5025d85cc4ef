/** SSO (OpenID Connect) sign-in strings; `sso.error.*` explain why the provider's sign-in was refused. */
export const SSO_MESSAGES = {
  'login.sso': { en: 'Sign in with {name}', ja: '{name} でサインイン' },
  'login.orPassword': { en: 'Or with e-mail and password:', ja: 'またはメールアドレスとパスワードで：' },
  'sso.error.domain': {
    en: 'Your e-mail domain may not sign in to Kensa.',
    ja: 'このメールアドレスのドメインでは Kensa にサインインできません。',
  },
  'sso.error.email': {
    en: 'Your sign-in provider did not confirm your e-mail address.',
    ja: 'サインインプロバイダーがメールアドレスの確認済みを示していません。',
  },
  'sso.error.access': {
    en: 'Your account has no access to Kensa. Ask an administrator to grant it at your sign-in provider.',
    ja: 'このアカウントには Kensa へのアクセス権がありません。サインインプロバイダーでの権限付与を管理者に依頼してください。',
  },
  'sso.error.taken': {
    en: 'Your e-mail address belongs to a Kensa account that another person at your sign-in provider signs in to. Ask an administrator.',
    ja: 'このメールアドレスの Kensa アカウントは、サインインプロバイダーの別の利用者に紐付いています。管理者に連絡してください。',
  },
  'sso.error.disabled': { en: 'This account is disabled.', ja: 'このアカウントは無効になっています。' },
  'sso.error.expired': {
    en: 'The sign-in expired or was already used. Please start again.',
    ja: 'サインインの有効期限が切れたか、すでに使用されています。もう一度お試しください。',
  },
  'sso.error.rejected': {
    en: 'The sign-in provider’s answer could not be verified. Try again; if it happens again, tell an administrator.',
    ja: 'サインインプロバイダーの応答を検証できませんでした。もう一度お試しいただき、再発する場合は管理者に連絡してください。',
  },
  'sso.error.unavailable': {
    en: 'The sign-in provider cannot be reached right now. Please try again later.',
    ja: '現在サインインプロバイダーに接続できません。しばらくしてからお試しください。',
  },
  'sso.error.wait': {
    en: 'Too many sign-ins were started from your network without finishing. Please wait a minute and try again.',
    ja: 'お使いのネットワークから完了していないサインインが多数開始されています。1 分ほど待ってからお試しください。',
  },
  'sso.error.provider': {
    en: 'The sign-in provider did not sign you in.',
    ja: 'サインインプロバイダーでサインインが完了しませんでした。',
  },
} as const;
