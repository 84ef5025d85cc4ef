import Link from 'next/link';
import type { AuditEvent } from '@/generated/prisma/client';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { auditActionLabel } from './audit-action-label';

interface Props {
  rows: AuditEvent[];
  locale: Locale;
  t: Translate;
}

/** Who did it: the person (or the system), with the token and address when there were. */
function Actor({ event, t }: { event: AuditEvent; t: Translate }) {
  const system = event.actorUserId === null && event.actorLabel === 'system';
  const who = system ? t('audit.system') : (event.actorLabel ?? t('audit.unknown'));
  return (
    <>
      <span className="evidence">{who}</span>
      {event.tokenName !== null && (
        <span className="muted small evidence"> {t('audit.viaToken', { name: event.tokenName })}</span>
      )}
      {event.clientAddress && <div className="muted small">{event.clientAddress}</div>}
    </>
  );
}

/**
 * The log's entries, newest first. Every value shown came from a person or from DNS and is printed as
 * text (React escapes it); the time links to the entry with its before/after.
 */
export function AuditEventTable({ rows, locale, t }: Props) {
  return (
    <div className="table-scroll">
      <table data-testid="audit-events">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => (
            <tr key={event.id}>
              <th scope="row">
                <Link href={`/settings/audit/${event.id}`}>{formatDateTime(event.at, locale)}</Link>
              </th>
              <td>
                {auditActionLabel(event.action, t) ?? ''} <code>{event.action}</code>
              </td>
              <td>
                <Actor event={event} t={t} />
              </td>
              <td className="evidence">
                {event.targetType && <code>{event.targetType}</code>}{' '}
                {event.targetLabel ?? event.targetId ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
