import Link from 'next/link';
import { matchLink } from '@/lib/alerts/alert-links';
import type { AlertPayload } from '@/lib/alerts/alert-payload';
import { describeMatch } from '@/lib/alerts/describe-alert';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';

/** The matches a delivery carried (the first ones listed), in plain words, each linked to its domain or the overview. */
export function DeliveryMatches({ payload, locale }: { payload: AlertPayload; locale: Locale }) {
  const t = translator(locale);
  const more = payload.total - payload.matches.length;
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('alerts.domain')}</th>
            <th scope="col">{t('alerts.what')}</th>
            <th scope="col">{t('alerts.when')}</th>
          </tr>
        </thead>
        <tbody>
          {payload.matches.map(({ id, detail }) => (
            <tr key={id}>
              <th scope="row">
                <Link href={matchLink('', detail)}>
                  {detail.kind === 'adoption_fell'
                    ? (detail.scopeName ?? t('alerts.allDomains'))
                    : detail.kind === 'target_behind' || detail.kind === 'compliance_below'
                      ? detail.groupName
                      : detail.domain}
                </Link>
              </th>
              <td>{describeMatch(detail, locale)}</td>
              <td>{formatDateTime(new Date(detail.at), locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="muted">{t('alerts.moreMatches', { count: formatNumber(more, locale) })}</p>}
    </>
  );
}
