import { expect, test } from '@playwright/test';

/** The language switch: Japanese labels everywhere, and the choice is kept after a reload. */
test('switching to Japanese is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Domains', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { name: 'ドメイン一覧', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '概況' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'ドメイン一覧', level: 1 })).toBeVisible();
  await page.goto('/findings');
  await expect(page.getByRole('heading', { name: 'ドメイン全体の検出事項', level: 1 })).toBeVisible();
  await page.goto('/');
  await page.screenshot({ path: 'e2e/screenshots/language-ja.png', fullPage: false });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Domains', level: 1 })).toBeVisible();
});
