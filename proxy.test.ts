import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** proxy() under a fresh environment (env() is read once per module load). */
async function loadProxy(publicUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv('DATABASE_URL', 'postgresql://kensa@127.0.0.1:5432/kensa');
  vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:6379');
  vi.stubEnv('KENSA_PUBLIC_URL', publicUrl);
  return (await import('./proxy')).proxy;
}

const request = (path: string, cookie = true) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, { headers: cookie ? { cookie: 'kensa_session=x' } : {} });
const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('proxy', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('gives every response a CSP with a nonce of its own, and hands the nonce to the page', async () => {
    const proxy = await loadProxy(undefined);
    const first = proxy(request('/domains'));
    const second = proxy(request('/domains'));
    const nonce = nonceOf(first.headers.get('content-security-policy'));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce);
    // NextResponse.next({ request }) passes overridden request headers on as x-middleware-request-*.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(nonceOf(first.headers.get('x-middleware-request-content-security-policy'))).toBe(nonce);
    expect(first.headers.get('strict-transport-security')).toBeNull();
  });

  it('puts the headers on redirects and 401s too, and HSTS over https', async () => {
    const proxy = await loadProxy('https://kensa.example.go.jp');
    const redirect = proxy(request('/domains', false));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(redirect.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const api = proxy(request('/api/exports/domains.csv', false));
    expect(api.status).toBe(401);
    expect(api.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('does not let a client choose the nonce', async () => {
    const proxy = await loadProxy(undefined);
    const forged = new NextRequest('http://127.0.0.1:3000/login', { headers: { 'x-nonce': 'chosen' } });
    const response = proxy(forged);
    expect(response.headers.get('x-middleware-request-x-nonce')).not.toBe('chosen');
  });

  it('lets public status pages through without a session, and nothing that only starts like them', async () => {
    const proxy = await loadProxy(undefined);
    const status = proxy(request('/status/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde', false));
    expect(status.status).toBe(200);
    expect(status.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(proxy(request('/statuses', false)).status).toBe(307);
  });
});
