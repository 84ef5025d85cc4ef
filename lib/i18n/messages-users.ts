/** Users (admin settings), the own-account page, and the invitation / reset link pages. */
export const USERS_MESSAGES = {
  'nav.users': { en: 'Users', ja: '利用者' },
  'nav.account': { en: 'Account', ja: 'アカウント' },
  'users.title': { en: 'Users', ja: '利用者' },
  'users.intro': {
    en: 'Invite people, choose what they may do and limit them to groups. A viewer reads; an editor also changes domains, groups, schedules, scans, imports, reports and alert rules; an administrator also manages users, API tokens and settings.',
    ja: '利用者を招待し、権限と対象グループを設定します。閲覧者は参照のみ、編集者はドメイン・グループ・スケジュール・検査・一括登録・報告書・アラートルールも変更でき、管理者はさらに利用者・APIトークン・設定を管理できます。',
  },
  'users.invite': { en: 'Invite someone', ja: '利用者を招待' },
  'users.name': { en: 'Name (optional)', ja: '氏名（任意）' },
  'users.role': { en: 'Role', ja: '権限' },
  'users.inviteSubmit': { en: 'Invite', ja: '招待する' },
  'users.inviteInvalid': {
    en: 'Enter a valid e-mail address and choose a role.',
    ja: '正しいメールアドレスを入力し、権限を選んでください。',
  },
  'users.invited': {
    en: 'Invitation for {email} created. The link works once, for 72 hours. Copy it now: it is shown only this once.',
    ja: '{email} への招待を作成しました。リンクは 72 時間、1 回限り有効です。今すぐコピーしてください。表示はこの一度だけです。',
  },
  'users.linkCreated': {
    en: 'New link created; the previous one no longer works. Copy it now: it is shown only this once.',
    ja: '新しいリンクを作成しました（以前のリンクは無効です）。今すぐコピーしてください。表示はこの一度だけです。',
  },
  'users.mail.sent': { en: 'It was also sent by e-mail.', ja: 'メールでも送信しました。' },
  'users.mail.failed': {
    en: 'Sending the e-mail failed: give them the link yourself.',
    ja: 'メールの送信に失敗しました。リンクを直接お伝えください。',
  },
  'users.mail.not_configured': {
    en: 'No mail server is configured (KENSA_SMTP_URL): give them the link yourself.',
    ja: 'メールサーバが設定されていません（KENSA_SMTP_URL）。リンクを直接お伝えください。',
  },
  'users.link': { en: 'One-time link', ja: '1 回限りのリンク' },
  'users.error.email_taken': {
    en: 'An account with this e-mail address exists already.',
    ja: 'このメールアドレスのアカウントは既に存在します。',
  },
  'users.error.unknown_group': {
    en: 'A chosen group no longer exists; reload the page.',
    ja: '選択したグループが存在しません。ページを再読み込みしてください。',
  },
  'users.error.last_admin': {
    en: 'This is the last enabled administrator: make someone else an administrator first.',
    ja: '有効な管理者が他にいません。先に別の利用者を管理者にしてください。',
  },
  'users.error.disabled': {
    en: 'The user is disabled: enable them first.',
    ja: '無効化されています。先に有効にしてください。',
  },
  'users.error.not_found': { en: 'This user no longer exists.', ja: 'この利用者は存在しません。' },
  'users.error.out_of_scope': {
    en: 'Administrators limited to groups cannot manage users.',
    ja: 'グループを限定された管理者は利用者を管理できません。',
  },
  'users.error.invalid': { en: 'The change could not be read.', ja: '変更内容を読み取れませんでした。' },
  'users.caption': { en: 'Accounts', ja: 'アカウント一覧' },
  'users.scope': { en: 'Groups', ja: '対象グループ' },
  'users.scope.all': { en: 'all domains', ja: 'すべてのドメイン' },
  'users.status': { en: 'Status', ja: '状態' },
  'users.status.active': { en: 'active', ja: '有効' },
  'users.status.invited': { en: 'invited', ja: '招待中' },
  'users.status.disabled': { en: 'disabled', ja: '無効' },
  'users.invitationExpired': { en: 'invitation expired', ja: '招待期限切れ' },
  'users.lastLogin': { en: 'Last sign-in', ja: '最終サインイン' },
  'users.edit': { en: 'Manage', ja: '管理' },
  'users.editLabel': { en: 'Manage {email}', ja: '{email} を管理' },
  'users.you': { en: '(you)', ja: '（あなた）' },
  'users.back': { en: 'All users', ja: '利用者一覧' },
  'users.roleNote': {
    en: 'Changing the role signs the user out of every browser.',
    ja: '権限を変更すると、その利用者はすべてのブラウザでサインアウトされます。',
  },
  'users.scopeHeading': { en: 'Group scope', ja: '対象グループ' },
  'users.scopeNote': {
    en: 'Tick groups to limit the user (and their API tokens) to the domains of those groups; none ticked: every domain.',
    ja: 'チェックしたグループのドメインのみに利用者（とその API トークン）を限定します。チェックなしはすべてのドメインです。',
  },
  'users.noGroups': {
    en: 'No groups yet: the user sees every domain.',
    ja: 'グループがありません。すべてのドメインが対象です。',
  },
  'users.accessHeading': { en: 'Access', ja: 'アクセス' },
  'users.disable': { en: 'Disable', ja: '無効にする' },
  'users.enable': { en: 'Enable', ja: '有効にする' },
  'users.disableConfirm': {
    en: 'Disable {email}? They are signed out at once and their API tokens stop working until enabled again.',
    ja: '{email} を無効にしますか？ 直ちにサインアウトされ、有効に戻すまで API トークンも使えなくなります。',
  },
  'users.newReset': { en: 'Create password-reset link', ja: 'パスワード再設定リンクを作成' },
  'users.newInvite': { en: 'Create new invitation link', ja: '招待リンクを再作成' },
  'users.linkNote': {
    en: 'A reset link works once, for 24 hours; the current password keeps working until it is used.',
    ja: '再設定リンクは 24 時間、1 回限り有効です。使われるまでは現在のパスワードも有効です。',
  },
  'users.delete': { en: 'Delete user', ja: '利用者を削除' },
  'users.deleteConfirm': {
    en: 'Delete {email}? They are signed out, their API tokens are revoked and the address can be invited again. Their name stays in the history.',
    ja: '{email} を削除しますか？ サインアウトされ、API トークンは失効し、このアドレスは再び招待できるようになります。履歴には氏名が残ります。',
  },
} as const;
