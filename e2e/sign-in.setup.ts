import { expect, test as setup } from '@playwright/test';
import { E2E_ADMIN } from './e2e-config';

/** Signs in once through the real form; the signed-in specs reuse the session cookie. */
setup('sign in as the admin', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Domains' })).toBeVisible();
  await page.context().storageState({ path: 'e2e/.auth/admin.json' });
});
