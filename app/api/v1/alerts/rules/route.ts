import { createAlertRuleOperation, listAlertRulesOperation } from '@/lib/api/v1/alert-operations';
import { alertRuleItemOf, saveRuleFromApi } from '@/lib/api/v1/alert-rule-responses';
import { principalUserId } from '@/lib/api/v1/api-principal';
import { v1Route } from '@/lib/api/v1/v1-route';
import { listAlertRules } from '@/lib/queries/list-alert-rules';

// The list never carries secrets; GET /alerts/rules/{id} does, for callers that may write.
export const GET = v1Route(listAlertRulesOperation, async ({ principal }) => ({
  items: (await listAlertRules(principal.viewer)).map((rule) =>
    alertRuleItemOf({ ...rule, webhookSecret: null }, false),
  ),
}));

export const POST = v1Route(createAlertRuleOperation, async ({ body, principal }) =>
  saveRuleFromApi(principal.viewer, { rule: body, createdById: principalUserId(principal) }),
);
