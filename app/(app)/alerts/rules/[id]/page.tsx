import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeliveriesTable } from '@/components/alerts/deliveries-table';
import { RuleForm } from '@/components/alerts/rule-form';
import { ruleFormChoices } from '@/components/alerts/rule-form-choices';
import { ruleFormLabels } from '@/components/alerts/rule-form-labels';
import { ConfirmActionButton } from '@/components/confirm-action-button';
import { deleteAlertRuleAction } from '@/lib/actions/delete-alert-rule';
import { rotateWebhookSecretAction } from '@/lib/actions/rotate-webhook-secret';
import { managesWebhooks } from '@/lib/alerts/alert-rule-view';
import { describeRule } from '@/lib/alerts/describe-alert';
import { pageContext } from '@/lib/auth/page-context';
import { hasRole } from '@/lib/auth/roles';
import { getAlertRule } from '@/lib/queries/get-alert-rule';
import { listAlertDeliveries } from '@/lib/queries/list-alert-deliveries';
import { listComplianceProfiles } from '@/lib/queries/list-compliance-profiles';
import { listGroups } from '@/lib/queries/list-groups';

export const dynamic = 'force-dynamic';

export default async function AlertRulePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { user, viewer, locale, t }] = await Promise.all([params, pageContext()]);
  const rule = await getAlertRule(viewer, id);
  if (!rule) notFound();
  const admin = hasRole(user.role, 'editor');
  const [deliveries, groups, profiles] = await Promise.all([
    listAlertDeliveries(viewer, { rule: rule.id, page: 1 }),
    admin ? listGroups(viewer) : [],
    listComplianceProfiles(viewer),
  ]);
  const profileNames = new Map(profiles.map((p) => [p.id, p.definition.name]));
  return (
    <>
      <p>
        <Link href="/alerts">← {t('alerts.backToAlerts')}</Link>
      </p>
      <h1>{rule.name}</h1>
      <p>
        {describeRule(rule.params, locale, profileNames)} · {t('alerts.group')}:{' '}
        {rule.groupName ?? t('alerts.allDomains')} · {t(`alerts.digest.${rule.digest}`)} ·{' '}
        {rule.enabled ? t('alerts.enabled') : t('alerts.disabled')}
      </p>
      {admin ? (
        <div className="two-columns">
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t('alerts.editRule')}</h2>
            <RuleForm
              rule={rule}
              choices={ruleFormChoices(locale, groups, profiles)}
              setsWebhook={managesWebhooks(user.role)}
              labels={ruleFormLabels(t, t('common.save'))}
            />
          </section>
          <section aria-labelledby="secret-heading">
            {rule.webhookSecret && (
              <>
                <h2 id="secret-heading">{t('alerts.webhookSecret')}</h2>
                <p className="muted">{t('alerts.webhookSecretHelp')}</p>
                <p className="record">{rule.webhookSecret}</p>
                <p>
                  <ConfirmActionButton
                    action={rotateWebhookSecretAction.bind(null, rule.id)}
                    label={t('alerts.rotateSecret')}
                    confirm={t('alerts.rotateConfirm')}
                  />
                </p>
              </>
            )}
            <ConfirmActionButton
              action={deleteAlertRuleAction.bind(null, rule.id)}
              label={t('alerts.deleteRule')}
              confirm={t('alerts.deleteConfirm')}
            />
          </section>
        </div>
      ) : (
        <p className="muted">{t('state.readOnly')}</p>
      )}
      <section aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">{t('alerts.deliveries')}</h2>
        {deliveries.rows.length === 0 ? (
          <p className="empty">{t('alerts.noDeliveries')}</p>
        ) : (
          <>
            <DeliveriesTable rows={deliveries.rows} locale={locale} />
            {deliveries.pages > 1 && (
              <p>
                <Link href={`/alerts?rule=${rule.id}&page=2#deliveries-heading`}>{t('common.showMore')}</Link>
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
