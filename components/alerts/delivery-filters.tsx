import Link from 'next/link';
import type { Translate } from '@/lib/i18n/translate';
import type { AlertDeliveryFilter } from '@/lib/queries/alert-delivery-filter';

interface Props {
  filter: AlertDeliveryFilter;
  rules: Array<{ id: string; name: string }>;
  t: Translate;
}

/** Status and rule filters of the delivery history, as a plain GET form (the URL holds the state). */
export function DeliveryFilters({ filter, rules, t }: Props) {
  return (
    <search aria-label={t('alerts.filter')}>
      <form method="get" action="/alerts" className="panel filters">
        <div className="field">
          <label htmlFor="f-status">{t('alerts.status')}</label>
          <select id="f-status" name="status" defaultValue={filter.status ?? ''}>
            <option value="">{t('alerts.anyStatus')}</option>
            {(['pending', 'sent', 'failed'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`alerts.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-rule">{t('alerts.rule')}</label>
          <select id="f-rule" name="rule" defaultValue={filter.rule ?? ''}>
            <option value="">{t('alerts.anyRule')}</option>
            {rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field actions">
          <button type="submit">{t('common.apply')}</button>
          <Link href="/alerts">{t('common.reset')}</Link>
        </div>
      </form>
    </search>
  );
}
