import type { Translate } from '@/lib/i18n/translate';

/** What an admin limited to groups sees instead of the audit log (lib/auth/is-unscoped-admin.ts). */
export function AuditLogClosed({ t }: { t: Translate }) {
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="empty">{t('audit.scoped')}</p>
    </>
  );
}
