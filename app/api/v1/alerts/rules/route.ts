import { createAlertRuleOperation, listAlertRulesOperation } from '@/lib/api/v1/alert-operations';
import { alertRuleItemOf, saveRuleFromApi, webhookUrlFor } from '@/lib/api/v1/alert-rule-responses';
import { principalUserId } from '@/lib/api/v1/api-principal';
import { v1Route } from '@/lib/api/v1/v1-route';
import { listAlertRules } from '@/lib/queries/list-alert-rules';

// The list never carries secrets; GET /alerts/rules/{id} does, for admins that may write.
export const GET = v1Route(listAlertRulesOperation, async ({ principal }) => ({
  items: (await listAlertRules(principal.viewer)).map((rule) =>
    alertRuleItemOf({ ...rule, webhookSecret: null }, { viewer: principal.viewer, canWrite: false }),
  ),
}));

export const POST = v1Route(createAlertRuleOperation, async ({ body, principal, actor }) => {
  const webhookUrl = await webhookUrlFor(principal.viewer, { given: body.webhookUrl });
  return saveRuleFromApi(
    principal,
    { rule: { ...body, webhookUrl }, createdById: principalUserId(principal) },
    actor,
  );
});
