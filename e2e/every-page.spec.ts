import { expect, test } from '@playwright/test';
import { inTabs } from './in-tabs';

/**
 * Every page of the dashboard opens at 1440×900 in both languages with its heading and without an
 * error page, and leaves a screenshot in e2e/screenshots/ for a person to look at.
 */
const PAGES = [
  { path: '/', name: 'domains', en: 'Domains', ja: 'ドメイン一覧' },
  { path: '/overview', name: 'overview-page', en: 'Adoption overview', ja: '導入状況の概況' },
  { path: '/received-mail', name: 'received-mail', en: 'Received mail', ja: '受信メールの送信ドメイン認証' },
  { path: '/findings', name: 'findings', en: 'Findings across domains', ja: 'ドメイン全体の検出事項' },
  { path: '/groups', name: 'groups', en: 'Groups', ja: 'グループ' },
  { path: '/scans', name: 'scans', en: 'Scan runs', ja: '検査実行' },
  { path: '/import', name: 'import', en: 'Import domains', ja: 'ドメインの一括登録' },
  { path: '/reports', name: 'reports', en: 'Adoption reports', ja: '導入状況の報告書' },
  { path: '/dmarc-reports', name: 'dmarc-reports', en: 'DMARC reports', ja: 'DMARC レポート' },
  { path: '/compliance', name: 'compliance-profiles', en: 'Compliance profiles', ja: '準拠プロファイル' },
  {
    path: '/compliance/exceptions',
    name: 'compliance-exceptions',
    en: 'Compliance exceptions',
    ja: '準拠の例外',
  },
  { path: '/alerts', name: 'alerts', en: 'Alerts', ja: 'アラート' },
  { path: '/settings/api-tokens', name: 'api-tokens', en: 'API tokens', ja: 'APIトークン' },
  {
    path: '/settings/mail-sources',
    name: 'mail-sources',
    en: 'Received-mail data sources',
    ja: '受信メールのデータソース',
  },
  { path: '/settings/audit', name: 'audit-log', en: 'Audit log', ja: '監査ログ' },
  { path: '/settings/users', name: 'users', en: 'Users', ja: '利用者' },
  { path: '/settings/account', name: 'account', en: 'Your account', ja: 'アカウント' },
  {
    path: '/settings/account/mfa',
    name: 'mfa',
    en: 'Two-factor authentication (MFA)',
    ja: '二要素認証（MFA）',
  },
] as const;

for (const locale of ['en', 'ja'] as const) {
  test(`every page opens in ${locale === 'en' ? 'English' : 'Japanese'}`, async ({ context, baseURL }) => {
    // Eighteen pages with full-page screenshots: more than the default minute on a loaded machine.
    test.setTimeout(180_000);
    await context.addCookies([{ name: 'kensa_locale', value: locale, url: baseURL ?? '' }]);
    await inTabs(context, PAGES, async (page, entry) => {
      await page.goto(entry.path);
      await expect(page.getByRole('heading', { level: 1, name: entry[locale], exact: true })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await page.screenshot({ path: `e2e/screenshots/page-${entry.name}-${locale}.png`, fullPage: true });
    });
  });
}
