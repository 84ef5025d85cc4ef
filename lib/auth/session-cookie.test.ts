import { describe, expect, it } from 'vitest';
import { sessionCookie } from './session-cookie';

describe('sessionCookie', () => {
  it('over https: Secure and named __Host- (no Domain, Path=/), HttpOnly, SameSite=Lax', () => {
    expect(
      sessionCookie({ KENSA_PUBLIC_URL: 'https://kensa.example.jp', KENSA_SECURE_COOKIES: undefined }),
    ).toEqual({
      name: '__Host-kensa_session',
      options: { httpOnly: true, sameSite: 'lax', secure: true, path: '/' },
    });
  });

  it('over plain http: neither (a browser would drop a Secure cookie set over http)', () => {
    expect(
      sessionCookie({ KENSA_PUBLIC_URL: 'http://localhost:3000', KENSA_SECURE_COOKIES: undefined }),
    ).toEqual({
      name: 'kensa_session',
      options: { httpOnly: true, sameSite: 'lax', secure: false, path: '/' },
    });
  });

  it('still honours the older KENSA_SECURE_COOKIES=true, and "false" cannot weaken https', () => {
    expect(
      sessionCookie({ KENSA_PUBLIC_URL: 'http://localhost:3000', KENSA_SECURE_COOKIES: 'true' }).name,
    ).toBe('__Host-kensa_session');
    expect(
      sessionCookie({ KENSA_PUBLIC_URL: 'https://kensa.example.jp', KENSA_SECURE_COOKIES: 'false' }).options
        .secure,
    ).toBe(true);
  });
});
