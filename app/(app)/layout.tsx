import Link from 'next/link';
import type { ReactNode } from 'react';
import { NavLinks } from '@/components/nav-links';
import { signOutAction } from '@/lib/actions/sign-out';
import { switchLocaleAction } from '@/lib/actions/switch-locale';
import { MFA_ENROLMENT_PATH, requireUser } from '@/lib/auth/require-user';
import { hasRole } from '@/lib/auth/roles';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Open to a session held for MFA enrolment (its page is inside): every page checks for itself.
  const user = await requireUser('viewer', { duringMfaEnrolment: true });
  const locale = await currentLocale();
  const t = translator(locale);
  const links = user.mfaEnrolmentRequired
    ? [{ href: MFA_ENROLMENT_PATH, label: t('nav.account') }]
    : [
        { href: '/overview', label: t('nav.overview') },
        { href: '/', label: t('nav.domains') },
        { href: '/received-mail', label: t('nav.receivedMail') },
        { href: '/findings', label: t('nav.findings') },
        { href: '/groups', label: t('nav.groups') },
        { href: '/scans', label: t('nav.scans') },
        { href: '/reports', label: t('nav.reports') },
        { href: '/alerts', label: t('nav.alerts') },
        { href: '/compliance/exceptions', label: t('nav.exceptions') },
        ...(hasRole(user.role, 'editor') ? [{ href: '/import', label: t('nav.import') }] : []),
        ...(hasRole(user.role, 'editor') ? [{ href: '/dmarc-reports', label: t('nav.dmarcReports') }] : []),
        { href: '/settings/mail-sources', label: t('nav.mailSources') },
        // Users and the audit log span every group: not for an admin limited to some (isUnscopedAdmin).
        ...(user.role === 'admin' && user.groupIds === null
          ? [{ href: '/settings/users', label: t('nav.users') }]
          : []),
        ...(user.role === 'admin' ? [{ href: '/settings/api-tokens', label: t('nav.apiTokens') }] : []),
        ...(user.role === 'admin' && user.groupIds === null
          ? [
              { href: '/settings/mailboxes', label: t('nav.mailboxes') },
              { href: '/settings/audit', label: t('nav.audit') },
            ]
          : []),
        { href: '/settings/account', label: t('nav.account') },
      ];
  const other = locale === 'ja' ? 'en' : 'ja';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <Link className="brand" href="/overview">
          {t('app.name')}
        </Link>
        <NavLinks label={t('nav.main')} links={links} />
        <form action={switchLocaleAction}>
          <input type="hidden" name="locale" value={other} />
          <button type="submit" lang={other}>
            {t('nav.language')}
          </button>
        </form>
        <span className="who">
          {user.email} <span className="role">· {t(`nav.role.${user.role}`)}</span>
        </span>
        <form action={signOutAction}>
          <button type="submit">{t('nav.signOut')}</button>
        </form>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
