import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SecondFactorForm } from '@/components/mfa/second-factor-form';
import { presentedPendingMfaToken } from '@/lib/auth/mfa/pending-mfa-cookie';
import { readPendingMfaSignIn } from '@/lib/auth/mfa/pending-mfa-sign-in';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { failFastRedis } from '@/lib/redis';

export const dynamic = 'force-dynamic';

/** The second sign-in step, only for a browser with a pending sign-in (a right password moments ago). */
export default async function MfaSignInPage() {
  const pending = await readPendingMfaSignIn(await failFastRedis(), await presentedPendingMfaToken()).catch(
    () => null,
  );
  if (!pending) redirect('/login?mfa=expired');
  const t = translator(await currentLocale());
  return (
    <main className="auth-page">
      <div className="panel">
        <h1>
          {t('app.name')} — {t('mfa.signIn.title')}
        </h1>
        <p className="muted">{t('mfa.signIn.intro')}</p>
        <SecondFactorForm labels={{ code: t('mfa.signIn.code'), submit: t('mfa.signIn.submit') }} />
        <p>
          <Link href="/login">{t('mfa.signIn.cancel')}</Link>
        </p>
      </div>
    </main>
  );
}
