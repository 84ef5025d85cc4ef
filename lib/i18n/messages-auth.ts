/** Sign-in and first-run strings. */
export const AUTH_MESSAGES = {
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
} as const;
