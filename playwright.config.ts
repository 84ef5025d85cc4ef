import { defineConfig } from '@playwright/test';
import { E2E_ADMIN, E2E_BASE_URL, E2E_EXTERNAL_URL, E2E_PORT } from './e2e/e2e-config';
import { assertLocalDatabase } from './e2e/local-database-guard';

// Refuse to run (and so to write test data) anywhere but a database on this machine.
assertLocalDatabase(process.env.DATABASE_URL);

/** Debian's Chromium, with the flags that stop it reaching for the internet (shared/notes). */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    launchOptions: CHROMIUM,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /sign-in\.setup\.ts/ },
    { name: 'signed-out', testMatch: /signed-out\.spec\.ts/ },
    {
      name: 'signed-in',
      testMatch: /\.spec\.ts/,
      testIgnore: /signed-out\.spec\.ts/,
      dependencies: ['setup'],
      use: { storageState: 'e2e/.auth/admin.json' },
    },
  ],
  webServer: E2E_EXTERNAL_URL
    ? undefined
    : {
        command: `npx next start -p ${E2E_PORT} -H 127.0.0.1`,
        url: `${E2E_BASE_URL}/healthz`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: {
          ...(process.env as Record<string, string>),
          KENSA_ADMIN_EMAIL: E2E_ADMIN.email,
          KENSA_ADMIN_PASSWORD: E2E_ADMIN.password,
        },
      },
});
