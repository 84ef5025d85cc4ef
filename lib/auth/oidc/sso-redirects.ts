import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { SSO_BINDING_COOKIE, ssoBindingCookieOptions } from './sso-binding';

/** To the provider, with the binding cookie of the sign-in just started. */
export function redirectToProvider(authorizationUrl: URL, binding: string): NextResponse {
  const response = NextResponse.redirect(authorizationUrl, 303);
  response.cookies.set(SSO_BINDING_COOKIE, binding, ssoBindingCookieOptions());
  return response;
}

/**
 * Back into Kensa at KENSA_PUBLIC_URL (behind a proxy the request's own URL may be an internal
 * one), removing the binding cookie: the sign-in it belonged to is over either way.
 */
export function redirectIntoKensa(path: string): NextResponse {
  const response = NextResponse.redirect(new URL(path, env().KENSA_PUBLIC_URL), 303);
  const cookie = ssoBindingCookieOptions();
  response.cookies.delete({ name: SSO_BINDING_COOKIE, path: cookie.path, secure: cookie.secure });
  return response;
}

/** The sign-in page showing why SSO did not sign the person in, keeping where they were going. */
export function loginPathWithError(code: string, next: string): string {
  const query = new URLSearchParams({ sso: code });
  if (next !== '/') query.set('next', next);
  return `/login?${query}`;
}
