import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newCspNonce, strictTransportSecurity, styleHash } from './security-headers';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('security headers', () => {
  it('makes a fresh 128-bit base64 nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newCspNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('lets only scripts with the nonce run, and what they load', () => {
    const policy = directives(contentSecurityPolicy('abc=', { dev: false, https: false }));
    expect(policy).toEqual({
      'default-src': "'self'",
      'script-src': "'self' 'nonce-abc=' 'strict-dynamic'",
      'style-src': "'self' 'nonce-abc='",
      'style-src-attr': "'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'self'",
    });
  });

  it('upgrades insecure requests over https, and allows what next dev needs in development only', () => {
    expect(contentSecurityPolicy('n', { dev: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
    const dev = directives(contentSecurityPolicy('n', { dev: true, https: false }));
    expect(dev['script-src']).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(dev['style-src']).toBe("'self' 'unsafe-inline'");
  });

  it("allows a page's own style elements by hash", () => {
    // As `printf 'a { color: red }' | openssl dgst -sha256 -binary | base64`, and browsers, compute it.
    expect(styleHash('a { color: red }')).toBe("'sha256-LHvAPItmcc9l4w10oslyz6Nh8tFuoEH5lssCs9WdKIE='");
    const policy = contentSecurityPolicy('n', { dev: false, https: false, styleHashes: [styleHash('x')] });
    expect(policy).toContain(`style-src 'self' 'nonce-n' ${styleHash('x')};`);
  });

  it('sends HSTS only when Kensa is served over https', () => {
    expect(strictTransportSecurity('https://kensa.example.go.jp')).toBe('max-age=31536000');
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
  });
});
