import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Env, env } from '@/lib/env';
import { PENDING_SIGN_IN_SECONDS } from './pending-sign-in';

/** The cookie that ties a started SSO sign-in to the browser that started it. */
export const SSO_BINDING_COOKIE = 'kensa_sso';

/** A new binding value for the cookie (256 random bits). */
export function newSsoBinding(): string {
  return randomBytes(32).toString('base64url');
}

/** What the pending sign-in stores: the binding's SHA-256, so a Redis dump holds no cookie values. */
export function hashSsoBinding(binding: string): string {
  return createHash('sha256').update(binding).digest('hex');
}

/** Whether the browser's cookie carries the binding the sign-in was started with. */
export function ssoBindingMatches(binding: string | undefined, bindingHash: string): boolean {
  if (!binding || binding.length > 100) return false;
  return timingSafeEqual(Buffer.from(hashSsoBinding(binding), 'hex'), Buffer.from(bindingHash, 'hex'));
}

/**
 * The binding cookie's flags: HttpOnly, only sent to /login/sso (the start and the callback),
 * SameSite=Lax so the provider's top-level redirect back carries it, gone with the pending sign-in.
 */
export function ssoBindingCookieOptions(
  config: Pick<Env, 'KENSA_PUBLIC_URL' | 'KENSA_SECURE_COOKIES'> = env(),
) {
  const secure =
    new URL(config.KENSA_PUBLIC_URL).protocol === 'https:' || config.KENSA_SECURE_COOKIES === 'true';
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/login/sso',
    maxAge: PENDING_SIGN_IN_SECONDS,
  } as const;
}
