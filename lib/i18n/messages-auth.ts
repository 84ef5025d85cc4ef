/** Sign-in, first-run and password-policy strings. */
export const AUTH_MESSAGES = {
  'login.title': { en: 'Sign in', ja: 'サインイン' },
  'login.email': { en: 'E-mail', ja: 'メールアドレス' },
  'login.password': { en: 'Password', ja: 'パスワード' },
  'login.submit': { en: 'Sign in', ja: 'サインイン' },
  'login.error.input': {
    en: 'Enter your e-mail and password.',
    ja: 'メールアドレスとパスワードを入力してください。',
  },
  'login.error.invalid': {
    en: 'E-mail or password is wrong.',
    ja: 'メールアドレスまたはパスワードが違います。',
  },
  'login.error.wait': {
    en: 'Too many failed sign-ins. Wait {seconds} s before trying again.',
    ja: 'サインインの失敗が続いています。{seconds} 秒待ってから再度お試しください。',
  },
  'login.error.locked': {
    en: 'Too many failed sign-ins: sign-in for this e-mail address or from this network is locked. Try again in {minutes} min.',
    ja: 'サインインの失敗が多すぎるため、このメールアドレスまたはこのネットワークからのサインインをロックしました。{minutes} 分後に再度お試しください。',
  },
  'login.error.unavailable': {
    en: 'Sign-in is unavailable: the server cannot reach Redis, which counts failed attempts. Try again shortly; if it persists, tell your administrator.',
    ja: '失敗回数を記録する Redis にサーバが接続できないため、サインインできません。しばらくしてから再度お試しください。続く場合は管理者に連絡してください。',
  },
  'login.error.busy': {
    en: 'The server is busy with other sign-ins. Try again in a moment.',
    ja: 'サーバがほかのサインイン処理で混み合っています。少し待ってから再度お試しください。',
  },
  'setup.title': { en: 'Create the first administrator', ja: '最初の管理者を作成' },
  'setup.intro': {
    en: 'No account exists yet. The account you create here can add domains and invite others.',
    ja: 'アカウントがまだありません。ここで作成するアカウントはドメインの追加と利用者の招待ができます。',
  },
  'setup.codeIntro': {
    en: 'To prove you run this server, enter the one-time setup code that the web app printed to its log when it started ("Kensa setup code").',
    ja: 'このサーバの運用者であることを確認するため、Web アプリが起動時にログへ出力した一回限りのセットアップコード（"Kensa setup code"）を入力してください。',
  },
  'setup.code': { en: 'Setup code', ja: 'セットアップコード' },
  'setup.name': { en: 'Name', ja: '氏名' },
  'setup.submit': { en: 'Create administrator', ja: '管理者を作成' },
  'setup.error.name': { en: 'Enter a name.', ja: '氏名を入力してください。' },
  'setup.error.email': {
    en: 'Enter a valid e-mail address.',
    ja: '正しいメールアドレスを入力してください。',
  },
  'setup.error.code': {
    en: 'The setup code is wrong. Use a code from the log of the running web app (a restart prints a new one).',
    ja: 'セットアップコードが違います。起動中の Web アプリのログにあるコードを入力してください（再起動すると新しいコードが出力されます）。',
  },
  'password.weak.too-short': {
    en: 'Use a password of at least {min} characters.',
    ja: 'パスワードは {min} 文字以上にしてください。',
  },
  'password.weak.too-long': {
    en: 'Use a password of at most {max} characters.',
    ja: 'パスワードは {max} 文字以下にしてください。',
  },
  'password.weak.common': {
    en: 'This password is one of the most commonly used (or a variation of one). Choose another.',
    ja: 'このパスワードはよく使われるパスワード（またはその変形）です。別のパスワードにしてください。',
  },
  'password.weak.repetitive': {
    en: 'This password repeats characters or follows a simple sequence. Choose another.',
    ja: 'このパスワードは同じ文字の繰り返しか単純な並びです。別のパスワードにしてください。',
  },
  'password.weak.personal': {
    en: 'This password is mostly your name, your e-mail address or "kensa". Choose another.',
    ja: 'このパスワードの大部分が氏名・メールアドレス・「kensa」です。別のパスワードにしてください。',
  },
} as const;
