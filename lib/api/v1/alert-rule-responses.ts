import { alertRuleInput } from '@/lib/alerts/alert-rule-input';
import type { AlertRuleView } from '@/lib/alerts/alert-rule-view';
import { writeAlertRule } from '@/lib/alerts/write-alert-rule';
import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import type { Viewer } from '@/lib/auth/viewer';
import { getAlertRule } from '@/lib/queries/get-alert-rule';

/** A rule as the API returns it; the signing secret only to callers that may write. */
export function alertRuleItemOf(rule: AlertRuleView & { webhookSecret: string | null }, canWrite: boolean) {
  const { webhookSecret, params, ...rest } = rule;
  const { kind: _kind, ...settings } = params;
  return { ...rest, params: settings, ...(canWrite ? { webhookSecret } : {}) };
}

/**
 * Validates a whole rule (a POST body, or a PATCH merged onto the stored rule), writes it and reads
 * it back: 400 with the issues when params do not fit the kind or no channel is given, 404 when the
 * rule or its group is gone.
 */
export async function saveRuleFromApi(
  viewer: Viewer,
  input: { id?: string; rule: unknown; createdById?: string },
) {
  const parsed = alertRuleInput.safeParse(input.rule);
  if (!parsed.success) throw new ApiProblem(400, 'invalid_rule', 'The rule is invalid.', parsed.error.issues);
  const saved = await writeAlertRule({ id: input.id, rule: parsed.data, createdById: input.createdById });
  if (!saved.ok) throw saved.code === 'not_found' ? notFound('Alert rule') : notFound('Group');
  const rule = await getAlertRule(viewer, saved.id);
  if (!rule) throw notFound('Alert rule');
  return alertRuleItemOf(rule, true);
}
