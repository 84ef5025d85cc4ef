import { type Env, env } from '@/lib/env';
import type { SESSION_COOKIE_NAMES } from './session-token';

export interface SessionCookie {
  name: (typeof SESSION_COOKIE_NAMES)[number];
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/' };
}

/**
 * The session cookie's name and flags. Served over https (KENSA_PUBLIC_URL, or the older
 * KENSA_SECURE_COOKIES=true) it is Secure and named `__Host-…`: browsers then refuse it unless it was
 * set over HTTPS, for this host only (no Domain) and for every path, so neither a plain-HTTP page nor
 * a sibling subdomain can plant or overwrite it (RFC 6265bis §4.1.3.2).
 */
export function sessionCookie(
  config: Pick<Env, 'KENSA_PUBLIC_URL' | 'KENSA_SECURE_COOKIES'> = env(),
): SessionCookie {
  const secure =
    new URL(config.KENSA_PUBLIC_URL).protocol === 'https:' || config.KENSA_SECURE_COOKIES === 'true';
  return {
    name: secure ? '__Host-kensa_session' : 'kensa_session',
    options: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}
