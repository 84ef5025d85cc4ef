import Link from 'next/link';
import { AuditEventTable } from '@/components/audit/audit-event-table';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditLogClosed } from '@/components/audit/audit-log-closed';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { pageContext } from '@/lib/auth/page-context';
import { env } from '@/lib/env';
import { auditCursorText, readAuditCursor } from '@/lib/queries/audit-event-cursor';
import { auditEventFilterParams, readAuditEventFilter } from '@/lib/queries/audit-event-filter';
import { listAuditEvents } from '@/lib/queries/list-audit-events';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const { viewer, locale, t } = await pageContext('admin');
  if (!isUnscopedAdmin(viewer)) return <AuditLogClosed t={t} />;
  const params = await searchParams;
  const filter = readAuditEventFilter(params);
  const after = readAuditCursor(typeof params.after === 'string' ? params.after : undefined);
  const page = await listAuditEvents(viewer, filter, { after, limit: PAGE_SIZE });
  const query = auditEventFilterParams(filter);
  const href = (extra: Record<string, string>) => {
    const next = new URLSearchParams([...query, ...Object.entries(extra)]).toString();
    return `/settings/audit${next ? `?${next}` : ''}`;
  };
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="intro">{t('audit.intro', { days: env().KENSA_AUDIT_RETENTION_DAYS })}</p>
      <AuditFilters filter={filter} t={t} />
      <p className="muted">
        {/* A download, not a page: the client router must not try to navigate to it. */}
        <a href={`/api/v1/exports/audit-events?${query}`} download data-testid="audit-export">
          {t('audit.export')}
        </a>
      </p>
      {page.rows.length === 0 ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <AuditEventTable rows={page.rows} locale={locale} t={t} />
      )}
      {(after || page.next) && (
        <nav className="pager" aria-label={t('audit.pages')}>
          {after ? <Link href={href({})}>← {t('audit.newest')}</Link> : <span aria-hidden="true" />}
          {page.next ? (
            <Link href={href({ after: auditCursorText(page.next) })} rel="next">
              {t('audit.older')} →
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
        </nav>
      )}
    </>
  );
}
