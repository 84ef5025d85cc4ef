'use client';

import { useEffect, useState } from 'react';
import { MESSAGES } from '@/lib/i18n/messages';

/** Any page that throws: a message in the page's language and a retry; the digest ties it to the server log. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const [locale, setLocale] = useState<'en' | 'ja'>('ja');
  useEffect(() => {
    setLocale(document.documentElement.lang === 'en' ? 'en' : 'ja');
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="auth-page">
      <h1>{MESSAGES['state.errorTitle'][locale]}</h1>
      <p role="alert">{MESSAGES['state.errorBody'][locale]}</p>
      {error.digest && <p className="muted small">{error.digest}</p>}
      <button type="button" onClick={reset}>
        {MESSAGES['state.retry'][locale]}
      </button>
    </main>
  );
}
