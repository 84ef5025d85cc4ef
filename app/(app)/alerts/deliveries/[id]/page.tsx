import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeliveryMatches } from '@/components/alerts/delivery-matches';
import { FieldList } from '@/components/field-list';
import { pageContext } from '@/lib/auth/page-context';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getAlertDelivery } from '@/lib/queries/get-alert-delivery';

export const dynamic = 'force-dynamic';

export default async function AlertDeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const delivery = await getAlertDelivery(viewer, id);
  if (!delivery) notFound();
  const { payload } = delivery;
  const fields: Array<[string, string]> = [
    [t('alerts.time'), formatDateTime(delivery.createdAt, locale)],
    [t('alerts.channel'), t(`alerts.channel.${delivery.channel}`)],
    [t('alerts.target'), delivery.target],
    [t('alerts.status'), t(`alerts.status.${delivery.status}`)],
    [t('alerts.attempts'), formatNumber(delivery.attempts, locale)],
    [t('alerts.sentAt'), delivery.sentAt ? formatDateTime(delivery.sentAt, locale) : '—'],
    [t('alerts.lastError'), delivery.lastError ?? '—'],
    [t('alerts.matchCount'), formatNumber(delivery.matchCount, locale)],
  ];
  return (
    <>
      <p>
        <Link href="/alerts">← {t('alerts.backToAlerts')}</Link>
      </p>
      <h1>
        {t('alerts.delivery')}: <Link href={`/alerts/rules/${delivery.ruleId}`}>{delivery.ruleName}</Link>
      </h1>
      <FieldList fields={fields} />
      <section aria-labelledby="matches-heading">
        <h2 id="matches-heading">{t('alerts.matches')}</h2>
        <DeliveryMatches payload={payload} locale={locale} />
      </section>
      <section aria-labelledby="payload-heading">
        <h2 id="payload-heading">{t('alerts.payload')}</h2>
        <pre className="record">{JSON.stringify(payload, null, 2)}</pre>
      </section>
    </>
  );
}
