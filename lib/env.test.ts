import { afterEach, describe, expect, it, vi } from 'vitest';

const VALID = {
  DATABASE_URL: 'postgresql://kensa@127.0.0.1:5432/kensa',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

const SSO = {
  KENSA_OIDC_ISSUER: 'https://login.example.jp/realms/kensa',
  KENSA_OIDC_CLIENT_ID: 'kensa',
  KENSA_OIDC_CLIENT_SECRET: 'secret',
  KENSA_OIDC_ALLOWED_DOMAINS: 'Example.jp, branch.example.jp',
  KENSA_OIDC_ROLE_CLAIM: 'realm_access.roles',
  KENSA_OIDC_ROLE_MAP: '{"kensa-admins":"admin","CN=Kensa,OU=Staff":"viewer"}',
  KENSA_OIDC_GROUP_CLAIM: 'groups',
  KENSA_OIDC_GROUP_MAP: '{"/tokyo":"東京本社","/all":"*"}',
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
    'KENSA_PASSWORD_SIGNIN',
    ...Object.keys(SSO),
    'KENSA_OIDC_NAME',
    'KENSA_OIDC_SCOPES',
    'KENSA_WEBHOOK_ALLOW',
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

  it('reads an SSO configuration: domains lower-cased, claim maps from JSON', async () => {
    const env = await loadEnv({ ...VALID, ...SSO, KENSA_PASSWORD_SIGNIN: 'false' });
    expect(env()).toMatchObject({
      KENSA_OIDC_ALLOWED_DOMAINS: ['example.jp', 'branch.example.jp'],
      KENSA_OIDC_ROLE_MAP: { 'kensa-admins': 'admin', 'CN=Kensa,OU=Staff': 'viewer' },
      KENSA_OIDC_GROUP_MAP: { '/tokyo': '東京本社', '/all': '*' },
      KENSA_OIDC_NAME: 'SSO',
      KENSA_OIDC_SCOPES: 'openid email profile',
      KENSA_PASSWORD_SIGNIN: 'false',
    });
  });

  it.each<[RegExp, Record<string, string | undefined>]>([
    [/KENSA_OIDC_ROLE_MAP\.kensa-admins: /, { KENSA_OIDC_ROLE_MAP: '{"kensa-admins":"owner"}' }],
    [/KENSA_OIDC_ROLE_MAP: must be a JSON object/, { KENSA_OIDC_ROLE_MAP: 'kensa-admins=admin' }],
    [/KENSA_OIDC_GROUP_MAP: must map at least one claim value/, { KENSA_OIDC_GROUP_MAP: '{}' }],
    [/KENSA_OIDC_ISSUER: must be https:\/\//, { KENSA_OIDC_ISSUER: 'http://login.example.jp' }],
    [
      /KENSA_OIDC_ALLOWED_DOMAINS\.1: must be domain names/,
      { KENSA_OIDC_ALLOWED_DOMAINS: 'example.jp,not a domain' },
    ],
    [/KENSA_OIDC_SCOPES: must include openid/, { KENSA_OIDC_SCOPES: 'email profile' }],
    [/KENSA_OIDC_CLIENT_SECRET: is required with KENSA_OIDC_ISSUER/, { KENSA_OIDC_CLIENT_SECRET: undefined }],
    [/KENSA_OIDC_ALLOWED_DOMAINS: is required/, { KENSA_OIDC_ALLOWED_DOMAINS: undefined }],
    [/KENSA_OIDC_ROLE_CLAIM: is required with KENSA_OIDC_ROLE_MAP/, { KENSA_OIDC_ROLE_CLAIM: undefined }],
    [/KENSA_OIDC_GROUP_MAP: is required with KENSA_OIDC_GROUP_CLAIM/, { KENSA_OIDC_GROUP_MAP: undefined }],
    [
      /KENSA_OIDC_ISSUER: is required when other KENSA_OIDC_ variables are set/,
      { KENSA_OIDC_ISSUER: undefined },
    ],
  ])('stops on a misconfigured SSO, naming the variable: %s', async (message, change) => {
    const env = await loadEnv({ ...VALID, ...SSO, ...change });
    expect(env).toThrow(message);
  });

  it('accepts an http:// issuer only on a loopback address', async () => {
    const env = await loadEnv({ ...VALID, ...SSO, KENSA_OIDC_ISSUER: 'http://127.0.0.1:8080/realms/kensa' });
    expect(env().KENSA_OIDC_ISSUER).toBe('http://127.0.0.1:8080/realms/kensa');
  });

  it('refuses to turn passwords off without SSO', async () => {
    const env = await loadEnv({ ...VALID, KENSA_PASSWORD_SIGNIN: 'false' });
    expect(env).toThrow(/KENSA_PASSWORD_SIGNIN: "false" needs SSO/);
  });

  it('names the KENSA_WEBHOOK_ALLOW entries it cannot read', async () => {
    const env = await loadEnv({ ...VALID, KENSA_WEBHOOK_ALLOW: 'hooks.internal, 10.0.0.0/40, *.corp' });
    expect(env).toThrow(/KENSA_WEBHOOK_ALLOW: .*cannot read 10\.0\.0\.0\/40, \*\.corp/);
  });
});
