import { afterEach, describe, expect, it, vi } from 'vitest';

const VALID = {
  DATABASE_URL: 'postgresql://kensa@127.0.0.1:5432/kensa',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const key of [
    'DATABASE_URL',
    'REDIS_URL',
    'KENSA_DNS_SERVERS',
    'KENSA_ADMIN_EMAIL',
    'KENSA_ADMIN_PASSWORD',
  ]) {
    vi.stubEnv(key, undefined);
  }
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return (await import('./env')).env;
}

describe('env()', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('accepts a complete environment and fills the defaults', async () => {
    const env = await loadEnv(VALID);
    expect(env()).toMatchObject({ ...VALID, KENSA_SCAN_CONCURRENCY: 16, KENSA_DNS_QPS: 0 });
  });

  it('names every missing or malformed variable', async () => {
    const env = await loadEnv({ DATABASE_URL: 'mysql://x', KENSA_SCAN_CONCURRENCY: 'lots' });
    expect(env).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(env).toThrow(/REDIS_URL: is required/);
    expect(env).toThrow(/KENSA_SCAN_CONCURRENCY/);
  });

  it('refuses an admin e-mail without a password', async () => {
    const env = await loadEnv({ ...VALID, KENSA_ADMIN_EMAIL: 'admin@example.jp' });
    expect(env).toThrow(/KENSA_ADMIN_EMAIL and KENSA_ADMIN_PASSWORD together/);
  });

  it('refuses a short admin password, naming the variable', async () => {
    const env = await loadEnv({
      ...VALID,
      KENSA_ADMIN_EMAIL: 'admin@example.jp',
      KENSA_ADMIN_PASSWORD: 'short',
    });
    expect(env).toThrow(/KENSA_ADMIN_PASSWORD: must be at least 12 characters/);
  });
});
