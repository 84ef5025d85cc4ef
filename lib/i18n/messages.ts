/** Every UI string in both languages. Keys are flat and grouped by page; `{name}` marks a value. */
export const MESSAGES = {
  'app.name': { en: 'Kensa', ja: 'Kensa 検査' },
  'app.tagline': {
    en: 'Audits the e-mail authentication records of your domains',
    ja: 'ドメインの送信ドメイン認証レコードを検査します',
  },
  'nav.domains': { en: 'Domains', ja: 'ドメイン' },
  'nav.signOut': { en: 'Sign out', ja: 'サインアウト' },
  'nav.language': { en: '日本語', ja: 'English' },
  'login.title': { en: 'Sign in', ja: 'サインイン' },
  'login.email': { en: 'E-mail', ja: 'メールアドレス' },
  'login.password': { en: 'Password', ja: 'パスワード' },
  'login.submit': { en: 'Sign in', ja: 'サインイン' },
  'setup.title': { en: 'Create the first administrator', ja: '最初の管理者を作成' },
  'setup.intro': {
    en: 'No account exists yet. The account you create here can add domains and invite others.',
    ja: 'アカウントがまだありません。ここで作成するアカウントはドメインの追加と利用者の招待ができます。',
  },
  'setup.name': { en: 'Name', ja: '氏名' },
  'setup.submit': { en: 'Create administrator', ja: '管理者を作成' },
  'domains.title': { en: 'Domains', ja: 'ドメイン一覧' },
  'domains.add': { en: 'Add domain', ja: 'ドメインを追加' },
  'domains.addPlaceholder': { en: 'example.jp or 検査省.jp', ja: 'example.jp または 検査省.jp' },
  'domains.empty': {
    en: 'No domains yet. Add one above to start auditing.',
    ja: 'ドメインはまだ登録されていません。上のフォームから追加してください。',
  },
  'domains.name': { en: 'Domain', ja: 'ドメイン' },
  'domains.lastScan': { en: 'Last scan', ja: '最終検査' },
  'domains.spf': { en: 'SPF record', ja: 'SPF レコード' },
  'domains.never': { en: 'never scanned', ja: '未検査' },
  'domain.ascii': { en: 'ASCII form', ja: 'ASCII 表記' },
  'domain.unicode': { en: 'Unicode form', ja: 'Unicode 表記' },
  'domain.scanNow': { en: 'Scan now', ja: '今すぐ検査' },
  'domain.scanning': { en: 'Scanning… {done} of {total}', ja: '検査中… {total} 件中 {done} 件' },
  'domain.scanDone': { en: 'Scan finished', ja: '検査が完了しました' },
  'domain.spfRecord': { en: 'SPF record (TXT)', ja: 'SPF レコード (TXT)' },
  'domain.noSpf': { en: 'No SPF record is published.', ja: 'SPF レコードは公開されていません。' },
  'domain.fetchedAt': { en: 'Fetched {time}', ja: '取得日時 {time}' },
  'domain.unknown': {
    en: 'Unknown: the DNS lookup failed temporarily. The last complete result is kept.',
    ja: '不明: DNS 問い合わせが一時的に失敗しました。直近の完全な結果を保持しています。',
  },
  'domain.findings': { en: 'Findings', ja: '検出事項' },
  'domain.noFindings': { en: 'No findings.', ja: '検出事項はありません。' },
  'error.forbidden': { en: 'Only administrators can do that.', ja: 'この操作は管理者のみ可能です。' },
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type Locale = 'en' | 'ja';
export const LOCALES: readonly Locale[] = ['ja', 'en'];
