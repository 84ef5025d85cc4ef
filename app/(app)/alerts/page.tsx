import { DeliveriesTable } from '@/components/alerts/deliveries-table';
import { DeliveryFilters } from '@/components/alerts/delivery-filters';
import { RuleForm } from '@/components/alerts/rule-form';
import { ruleFormChoices } from '@/components/alerts/rule-form-choices';
import { ruleFormLabels } from '@/components/alerts/rule-form-labels';
import { RulesTable } from '@/components/alerts/rules-table';
import { Pager } from '@/components/pager';
import { managesWebhooks } from '@/lib/alerts/alert-rule-view';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { formatNumber } from '@/lib/i18n/format';
import { type AlertDeliveryFilter, alertDeliveryFilter } from '@/lib/queries/alert-delivery-filter';
import { listAlertDeliveries } from '@/lib/queries/list-alert-deliveries';
import { listAlertRules } from '@/lib/queries/list-alert-rules';
import { listComplianceProfiles } from '@/lib/queries/list-compliance-profiles';
import { listGroups } from '@/lib/queries/list-groups';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function deliveriesHref(filter: AlertDeliveryFilter, page: number): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.rule) query.set('rule', filter.rule);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `/alerts${text ? `?${text}` : ''}#deliveries-heading`;
}

export default async function AlertsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = alertDeliveryFilter.parse({
    status: params.status,
    rule: params.rule,
    page: params.page,
  });
  const { user, viewer, locale, t } = await pageContext();
  const [rules, deliveries, profiles] = await Promise.all([
    listAlertRules(viewer),
    listAlertDeliveries(viewer, filter),
    listComplianceProfiles(viewer),
  ]);
  const profileNames = new Map(profiles.map((p) => [p.id, p.definition.name]));
  const admin = hasRole(user.role, 'editor');
  const groups = admin ? await listGroups(viewer) : [];
  return (
    <>
      <h1>{t('alerts.title')}</h1>
      <p className="muted">{t('alerts.intro')}</p>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('alerts.rules')}</h2>
        {rules.length === 0 ? (
          <p className="empty">{t('alerts.noRules')}</p>
        ) : (
          <RulesTable rules={rules} locale={locale} profileNames={profileNames} />
        )}
      </section>
      {admin ? (
        <section aria-labelledby="create-heading">
          <h2 id="create-heading">{t('alerts.createRule')}</h2>
          {!env().KENSA_SMTP_URL && <p className="muted">{t('alerts.smtpDisabled')}</p>}
          <RuleForm
            choices={ruleFormChoices(locale, groups, profiles)}
            labels={ruleFormLabels(t, t('alerts.createRule'))}
            setsWebhook={managesWebhooks(user.role)}
          />
        </section>
      ) : (
        <p className="muted">{t('state.readOnly')}</p>
      )}
      <section aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">{t('alerts.deliveries')}</h2>
        <DeliveryFilters filter={filter} rules={rules} t={t} />
        {deliveries.rows.length === 0 ? (
          <p className="empty">{t('alerts.noDeliveries')}</p>
        ) : (
          <>
            <p className="muted">
              {t('alerts.deliveryTotal', { count: formatNumber(deliveries.total, locale) })}
            </p>
            <DeliveriesTable rows={deliveries.rows} locale={locale} />
            <Pager
              page={deliveries.page}
              pages={deliveries.pages}
              hrefFor={(page) => deliveriesHref(filter, page)}
              labels={{
                previous: t('common.previous'),
                next: t('common.next'),
                pageOf: t('common.pageOf', { page: deliveries.page, pages: deliveries.pages }),
                nav: t('common.pagination'),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
