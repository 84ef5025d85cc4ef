import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { SsoSignIn } from './sso-sign-in';

const render = (props: Partial<Parameters<typeof SsoSignIn>[0]>, locale: 'en' | 'ja' = 'en') =>
  renderToStaticMarkup(
    createElement(SsoSignIn, {
      provider: 'Entra ID',
      next: undefined,
      error: undefined,
      t: translator(locale),
      ...props,
    }),
  );

describe('SsoSignIn', () => {
  it('offers "Sign in with <provider>" as a GET form to /login/sso that carries next', () => {
    const html = render({ next: '/domains?q=1' });
    expect(html).toContain('<form action="/login/sso" method="get">');
    expect(html).toContain('<input type="hidden" name="next" value="/domains?q=1"/>');
    expect(html).toContain('>Sign in with Entra ID</button>');
    expect(render({}, 'ja')).toContain('>Entra ID でサインイン</button>');
  });

  it('explains a refusal in the reader’s language and never echoes the query', () => {
    expect(render({ error: 'domain-not-allowed' })).toContain('Your e-mail domain may not sign in to Kensa.');
    expect(render({ error: 'state-unknown' }, 'ja')).toContain('サインインの有効期限が切れたか');
    const forged = render({ error: '<script>alert(1)</script>' });
    expect(forged).toContain('The sign-in provider did not sign you in.');
    expect(forged).not.toContain('script');
    expect(render({})).not.toContain('role="alert"');
  });
});
