import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { DomainScorecard } from '@/lib/queries/get-domain-scorecard';

const KINDS = [
  'finding_appeared',
  'finding_resolved',
  'record_changed',
  'dkim_key_added',
  'dkim_key_removed',
  'dkim_key_rotated',
  'policy_weakened',
  'policy_strengthened',
] as const;

function detailText(detail: unknown): string {
  if (detail === null || typeof detail !== 'object') return '';
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ')
    .slice(0, 400);
}

/** The domain's changes between consecutive complete scans, newest first. */
export function Timeline({
  events,
  locale,
  t,
}: {
  events: DomainScorecard['events'];
  locale: Locale;
  t: Translate;
}) {
  if (events.length === 0) return <p className="muted">{t('domain.timelineEmpty')}</p>;
  return (
    <ol className="timeline">
      {events.map((event) => {
        const kind = KINDS.find((k) => k === event.kind);
        return (
          <li key={event.id} className={`event-${event.kind}`}>
            <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, locale)}</time>{' '}
            <strong>{kind ? t(`event.${kind}`) : event.kind}</strong> <code>{event.subject}</code>
            {detailText(event.detail) && <div className="muted evidence">{detailText(event.detail)}</div>}
          </li>
        );
      })}
    </ol>
  );
}
