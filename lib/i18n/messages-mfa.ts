/** MFA: enrolment on the account page, the second sign-in step, the admin's reset and setting. */
export const MFA_MESSAGES = {
  'mfa.title': { en: 'Two-factor authentication (MFA)', ja: '二要素認証（MFA）' },
  'mfa.on': {
    en: 'On since {time}. Signing in asks for a code from your authenticator app after the password.',
    ja: '{time} から有効です。サインイン時、パスワードの後に認証アプリのコードを入力します。',
  },
  'mfa.off': {
    en: 'Off. With MFA, signing in also asks for a code from an authenticator app on your phone.',
    ja: '無効です。MFA を有効にすると、サインイン時にスマートフォンの認証アプリのコードも求められます。',
  },
  'mfa.sso': {
    en: 'You sign in through your organisation’s identity provider (SSO): MFA is set up there, not in Kensa.',
    ja: '組織の ID プロバイダ（SSO）でサインインしているため、MFA は Kensa ではなく ID プロバイダで設定します。',
  },
  'mfa.manage': { en: 'Set up or manage MFA', ja: 'MFA の設定・管理' },
  'mfa.required': {
    en: 'MFA is required for administrators on this instance. Set it up to continue.',
    ja: 'このインスタンスでは管理者に MFA が必須です。続けるには MFA を設定してください。',
  },
  'mfa.recoveryLeft': { en: 'Unused recovery codes: {count}', ja: '未使用のリカバリーコード：{count} 個' },
  'mfa.start': { en: 'Set up MFA', ja: 'MFA を設定' },
  'mfa.scan': {
    en: 'Scan this QR code with an authenticator app (Microsoft Authenticator, Google Authenticator, FreeOTP…), or enter the key by hand.',
    ja: 'この QR コードを認証アプリ（Microsoft Authenticator、Google Authenticator、FreeOTP など）で読み取るか、キーを手入力してください。',
  },
  'mfa.qr': { en: 'QR code for the authenticator app', ja: '認証アプリ用の QR コード' },
  'mfa.secret': { en: 'Key (base32)', ja: 'キー（base32）' },
  'mfa.uri': { en: 'otpauth URI', ja: 'otpauth URI' },
  'mfa.code': { en: 'Code from the app', ja: 'アプリに表示されたコード' },
  'mfa.confirm': { en: 'Turn on MFA', ja: 'MFA を有効にする' },
  'mfa.error.wrong_code': {
    en: 'That code does not match. Check the time on your phone and enter the current code.',
    ja: 'コードが一致しません。スマートフォンの時刻を確認し、現在のコードを入力してください。',
  },
  'mfa.error.no_enrolment': {
    en: 'This set-up was replaced or has ended. Start again.',
    ja: 'この設定手続きは置き換えられたか終了しています。最初からやり直してください。',
  },
  'mfa.error.already_enabled': { en: 'MFA is already on.', ja: 'MFA はすでに有効です。' },
  'mfa.error.no_password': {
    en: 'This account has no password to protect: it signs in through SSO.',
    ja: 'このアカウントにはパスワードがありません（SSO でサインインします）。',
  },
  'mfa.error.not_enabled': { en: 'MFA is not on.', ja: 'MFA は有効ではありません。' },
  'mfa.error.wrong_proof': {
    en: 'The code or password is wrong.',
    ja: 'コードまたはパスワードが違います。',
  },
  'mfa.error.busy': {
    en: 'The server is busy checking other passwords. Try again in a moment.',
    ja: 'サーバが他のパスワード確認で混み合っています。少し待ってから再度お試しください。',
  },
  'mfa.error.required': {
    en: 'MFA is required for administrators: it cannot be turned off.',
    ja: '管理者には MFA が必須のため、無効にできません。',
  },
  'mfa.codesTitle': { en: 'Recovery codes', ja: 'リカバリーコード' },
  'mfa.codesOnce': {
    en: 'Save these codes now — they are shown only this once. Each signs you in once without the app (a lost phone). Kensa keeps only their fingerprints.',
    ja: 'これらのコードを今すぐ保管してください。表示はこの 1 回限りです。各コードはアプリなしで 1 回だけサインインに使えます（スマートフォン紛失時）。Kensa はコードの指紋のみ保存します。',
  },
  'mfa.codesDone': { en: 'I have saved them', ja: '保管しました' },
  'mfa.proof': { en: 'Current code or your password', ja: '現在のコードまたはパスワード' },
  'mfa.regenerate': { en: 'New recovery codes', ja: 'リカバリーコードを再発行' },
  'mfa.regenerateNote': {
    en: 'Makes a new set of recovery codes; every earlier code stops working.',
    ja: '新しいリカバリーコードを発行します。以前のコードはすべて使えなくなります。',
  },
  'mfa.disable': { en: 'Turn off MFA', ja: 'MFA を無効にする' },
  'mfa.disabled': { en: 'MFA is off.', ja: 'MFA を無効にしました。' },
  'mfa.signIn.title': { en: 'Second step', ja: '2 段階目の確認' },
  'mfa.signIn.intro': {
    en: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
    ja: '認証アプリに表示された 6 桁のコード、またはリカバリーコードを入力してください。',
  },
  'mfa.signIn.code': { en: 'Code', ja: 'コード' },
  'mfa.signIn.submit': { en: 'Verify', ja: '確認' },
  'mfa.signIn.cancel': { en: 'Start over', ja: '最初からやり直す' },
  'mfa.signIn.error.input': { en: 'Enter a code.', ja: 'コードを入力してください。' },
  'mfa.signIn.error.invalid': {
    en: 'That code is wrong, or was already used.',
    ja: 'コードが違うか、すでに使用されています。',
  },
  'mfa.signIn.expired': {
    en: 'The second step took too long or had too many wrong codes. Sign in again.',
    ja: '2 段階目の確認に時間がかかりすぎたか、誤ったコードが多すぎました。もう一度サインインしてください。',
  },
  'mfa.status': { en: 'MFA', ja: 'MFA' },
  'mfa.status.on': { en: 'on', ja: '有効' },
  'mfa.status.off': { en: 'off', ja: '無効' },
  'mfa.reset': { en: 'Reset MFA', ja: 'MFA をリセット' },
  'mfa.resetNote': {
    en: 'For a lost or replaced phone: removes the user’s authenticator key and recovery codes; they sign in with the password and set MFA up again.',
    ja: 'スマートフォンの紛失・交換時に：利用者の認証キーとリカバリーコードを削除します。利用者はパスワードでサインインし、MFA を再設定します。',
  },
  'mfa.resetConfirm': { en: 'Reset the MFA of {email}?', ja: '{email} の MFA をリセットしますか？' },
  'mfa.resetDone': { en: 'MFA reset.', ja: 'MFA をリセットしました。' },
  'mfa.error.own_account': {
    en: 'Change your own MFA on your account page.',
    ja: '自身の MFA はアカウントページで変更してください。',
  },
  'settings.security': { en: 'Security', ja: 'セキュリティ' },
  'settings.requireAdminMfa': { en: 'Require MFA for administrators', ja: '管理者に MFA を必須にする' },
  'settings.requireAdminMfaNote': {
    en: 'An administrator without MFA who signs in with a password is sent to set it up and can open nothing else until done. Sessions already open are not ended. SSO sign-ins rely on the identity provider’s MFA.',
    ja: 'MFA 未設定の管理者がパスワードでサインインすると MFA の設定画面に移動し、設定が済むまで他の画面は開けません。すでに開いているセッションは終了しません。SSO のサインインは ID プロバイダの MFA に任せます。',
  },
  'audit.action.mfa.enable': { en: 'MFA turned on', ja: 'MFA の有効化' },
  'audit.action.mfa.disable': { en: 'MFA turned off', ja: 'MFA の無効化' },
  'audit.action.mfa.reset': { en: 'MFA reset by an administrator', ja: '管理者による MFA のリセット' },
  'audit.action.mfa.recovery-codes.regenerate': {
    en: 'MFA recovery codes renewed',
    ja: 'MFA リカバリーコードの再発行',
  },
  'audit.action.mfa.recovery-code.used': { en: 'MFA recovery code used', ja: 'MFA リカバリーコードの使用' },
  'audit.action.auth.mfa-failed': { en: 'Failed MFA code at sign-in', ja: 'サインイン時の MFA コード誤り' },
  'audit.action.settings.update': { en: 'Instance settings changed', ja: 'インスタンス設定の変更' },
} as const;
