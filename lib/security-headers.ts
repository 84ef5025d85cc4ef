/**
 * The Content-Security-Policy and Strict-Transport-Security headers proxy.ts gives every response.
 * Pure functions of their inputs (no env, no request), so the policy is tested as text.
 */
import { createHash } from 'node:crypto';

/** A fresh CSP nonce: 128 random bits, base64 (CSP3 §2.3.1 nonce-source wants base64). */
export function newCspNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The CSP hash-source of a style element's text (CSP3 §2.3.1), e.g. `'sha256-…'`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * A strict policy (CSP Level 3): scripts run only with this response's nonce — Next.js puts it on
 * its own scripts when it finds it in the request's Content-Security-Policy header — and what they
 * load ('strict-dynamic'), so DNS text shown on a page can never run even if escaping failed.
 * Style elements need the nonce, or be one of `styleHashes`: a page's own `<style>` must be listed
 * by hash, since after a client-side navigation React inserts it from an RSC response made under
 * another nonce than the document's. Style *attributes* are allowed ('unsafe-inline' in
 * style-src-attr only) because React and Recharts render sizes and positions as style="…", which
 * cannot carry a nonce, and an attribute can neither run script nor load from another origin
 * (img-src, font-src and connect-src stay 'self'). Development adds what next dev needs: eval for
 * React's error overlay, and inline styles that its hot reload injects without a nonce.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { dev: boolean; https: boolean; styleHashes?: readonly string[] },
): string {
  const hashes = (options.styleHashes ?? []).map((hash) => ` ${hash}`).join('');
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'${hashes}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/**
 * HSTS (RFC 6797) when Kensa is served over https (KENSA_PUBLIC_URL): browsers then refuse plain
 * http to it for a year, so a network attacker cannot strip TLS off a later visit. Without
 * includeSubDomains: Kensa cannot know what else runs under its host name. Null over http, where
 * the header would be ignored (RFC 6797 §7.2) and would only mislead.
 */
export function strictTransportSecurity(publicUrl: string): string | null {
  return publicUrl.startsWith('https://') ? 'max-age=31536000' : null;
}
