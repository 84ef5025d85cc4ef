import { deleteAlertRuleById } from '@/lib/alerts/delete-alert-rule-by-id';
import {
  deleteAlertRuleOperation,
  getAlertRuleOperation,
  updateAlertRuleOperation,
} from '@/lib/api/v1/alert-operations';
import { alertRuleItemOf, saveRuleFromApi, webhookUrlFor } from '@/lib/api/v1/alert-rule-responses';
import { notFound } from '@/lib/api/v1/api-problem';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getAlertRule } from '@/lib/queries/get-alert-rule';
import { isInScope } from '@/lib/queries/is-in-scope';

export const GET = v1Route(getAlertRuleOperation, async ({ params, principal }) => {
  const rule = await getAlertRule(principal.viewer, params.id);
  if (!rule) throw notFound('Alert rule');
  return alertRuleItemOf(rule, principal);
});

export const PATCH = v1Route(updateAlertRuleOperation, async ({ principal, actor, params, body }) => {
  const rule = await getAlertRule(principal.viewer, params.id);
  if (!rule) throw notFound('Alert rule');
  // A new kind takes only the params given with it; otherwise given params replace the stored ones.
  const nextParams = body.params ?? (body.kind && body.kind !== rule.kind ? {} : rule.params);
  const { id, groupName, createdAt, updatedAt, webhookSecret, webhookHost, ...stored } = rule;
  const webhookUrl = await webhookUrlFor(principal.viewer, { ruleId: id, given: body.webhookUrl });
  const merged = { ...stored, ...body, params: nextParams, webhookUrl };
  return saveRuleFromApi(principal, { id, rule: merged }, actor);
});

export const DELETE = v1Route(deleteAlertRuleOperation, async ({ principal, actor, params }) => {
  if (!(await isInScope(principal.viewer, { alertRules: [params.id] }))) throw notFound('Alert rule');
  if (!(await deleteAlertRuleById(params.id, actor))) throw notFound('Alert rule');
  return new Response(null, { status: 204 });
});
