import Link from 'next/link';
import { notFound } from 'next/navigation';
import { auditActionLabel } from '@/components/audit/audit-action-label';
import { AuditChangeTable } from '@/components/audit/audit-change-table';
import { AuditLogClosed } from '@/components/audit/audit-log-closed';
import { FieldList } from '@/components/field-list';
import { SettingsSection } from '@/components/settings-section';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { formatDateTime } from '@/lib/i18n/format';
import { auditEventFilterParams } from '@/lib/queries/audit-event-filter';
import { getAuditEvent } from '@/lib/queries/get-audit-event';

export const dynamic = 'force-dynamic';

export default async function AuditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { viewer, locale, t }] = await Promise.all([params, pageContext('admin')]);
  if (!isUnscopedAdmin(viewer)) return <AuditLogClosed t={t} />;
  const event = await getAuditEvent(viewer, id);
  if (!event) notFound();
  const none = '—';
  const fields: Array<[string, string]> = [
    [t('audit.time'), formatDateTime(event.at, locale)],
    [t('audit.what'), `${auditActionLabel(event.action, t) ?? ''} (${event.action})`],
    [t('audit.actor'), event.actorLabel ?? t('audit.unknown')],
    [t('audit.userId'), event.actorUserId ?? none],
    [t('audit.token'), event.tokenName === null ? none : `${event.tokenName} (${event.tokenId ?? none})`],
    [t('audit.address'), event.clientAddress ?? none],
    [t('audit.targetType'), event.targetType ?? none],
    [t('audit.targetId'), event.targetId ?? none],
    [t('audit.target'), event.targetLabel ?? none],
  ];
  const sameTarget =
    event.targetType && event.targetId
      ? `/settings/audit?${auditEventFilterParams({ targetType: event.targetType, targetId: event.targetId })}`
      : null;
  return (
    <>
      <p>
        <Link href="/settings/audit">← {t('audit.back')}</Link>
      </p>
      <h1>{t('audit.entry')}</h1>
      <FieldList fields={fields} />
      {sameTarget && (
        <p>
          <Link href={sameTarget}>{t('audit.sameTarget')}</Link>
        </p>
      )}
      <SettingsSection id="changes" title={t('audit.changes')}>
        <AuditChangeTable before={event.before} after={event.after} t={t} />
      </SettingsSection>
    </>
  );
}
