import Link from 'next/link';
import type { AlertDeliveryRow } from '@/lib/alerts/alert-delivery-row';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';

/** The delivery history: one row per mail or webhook call, with its attempts and last error. */
export function DeliveriesTable({ rows, locale }: { rows: AlertDeliveryRow[]; locale: Locale }) {
  const t = translator(locale);
  return (
    <table>
      <caption className="visually-hidden">{t('alerts.deliveriesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('alerts.time')}</th>
          <th scope="col">{t('alerts.rule')}</th>
          <th scope="col">{t('alerts.channel')}</th>
          <th scope="col">{t('alerts.target')}</th>
          <th scope="col">{t('alerts.status')}</th>
          <th scope="col" className="num">
            {t('alerts.attempts')}
          </th>
          <th scope="col">{t('alerts.lastError')}</th>
          <th scope="col" className="num">
            {t('alerts.matchCount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              <Link href={`/alerts/deliveries/${d.id}`}>{formatDateTime(d.createdAt, locale)}</Link>
            </th>
            <td>
              <Link href={`/alerts/rules/${d.ruleId}`}>{d.ruleName}</Link>
            </td>
            <td>{t(`alerts.channel.${d.channel}`)}</td>
            <td className="evidence">{d.target}</td>
            <td>
              <span className={`status-${d.status}`}>{t(`alerts.status.${d.status}`)}</span>
            </td>
            <td className="num">{formatNumber(d.attempts, locale)}</td>
            <td className="evidence">{d.lastError ?? ''}</td>
            <td className="num">{formatNumber(d.matchCount, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
