import { alertRuleInput } from '@/lib/alerts/alert-rule-input';
import { type AlertRuleView, managesWebhooks } from '@/lib/alerts/alert-rule-view';
import { storedWebhookUrl } from '@/lib/alerts/stored-webhook-url';
import { writeAlertRule } from '@/lib/alerts/write-alert-rule';
import { ApiProblem, notFound, outOfScope } from '@/lib/api/v1/api-problem';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import type { Viewer } from '@/lib/auth/viewer';
import { getAlertRule } from '@/lib/queries/get-alert-rule';
import { isInScope } from '@/lib/queries/is-in-scope';

/**
 * A rule as the API returns it: the webhook URL only to admins (others get its host), the signing
 * secret only to admins that may write.
 */
export function alertRuleItemOf(
  rule: AlertRuleView & { webhookSecret: string | null },
  caller: { viewer: Viewer; canWrite: boolean },
) {
  const { webhookSecret, webhookUrl, params, ...rest } = rule;
  const { kind: _kind, ...settings } = params;
  const admin = managesWebhooks(caller.viewer.role);
  return {
    ...rest,
    params: settings,
    ...(admin ? { webhookUrl } : {}),
    ...(admin && caller.canWrite ? { webhookSecret } : {}),
  };
}

/**
 * The webhook URL a write stores: the rule's own when none is given (`undefined`; none for a new
 * rule), else the given one (null removes it), which only an admin may change: 403 for others.
 */
export async function webhookUrlFor(
  viewer: Viewer,
  request: { ruleId?: string; given: string | null | undefined },
): Promise<string | null> {
  const stored = request.ruleId ? await storedWebhookUrl(request.ruleId) : null;
  if (request.given === undefined || request.given === stored) return stored;
  if (!managesWebhooks(viewer.role)) throw new ApiProblem(403, 'forbidden', 'Only admins set webhook URLs.');
  return request.given;
}

/**
 * Validates a whole rule (a POST body, or a PATCH merged onto the stored rule), writes it and reads
 * it back: 400 with the issues when params do not fit the kind or no channel is given, or when the
 * webhook names an internal address; 404 when the rule or its group is gone (or outside the
 * caller's groups); 403 for a caller limited to groups asking for a rule over every domain.
 */
export async function saveRuleFromApi(
  caller: { viewer: Viewer; canWrite: boolean },
  input: { id?: string; rule: unknown; createdById?: string },
  actor: AuditActor,
) {
  const parsed = alertRuleInput.safeParse(input.rule);
  if (!parsed.success) throw new ApiProblem(400, 'invalid_rule', 'The rule is invalid.', parsed.error.issues);
  const { groupId } = parsed.data;
  if (!(await isInScope(caller.viewer, { groups: [groupId] })))
    throw groupId === null ? outOfScope('watch every domain') : notFound('Group');
  const saved = await writeAlertRule(
    { id: input.id, rule: parsed.data, createdById: input.createdById },
    actor,
  );
  if (!saved.ok && saved.code === 'webhook_refused')
    throw new ApiProblem(400, 'webhook_refused', `The webhook URL is ${saved.reason}.`);
  if (!saved.ok) throw saved.code === 'not_found' ? notFound('Alert rule') : notFound('Group');
  const rule = await getAlertRule(caller.viewer, saved.id);
  if (!rule) throw notFound('Alert rule');
  return alertRuleItemOf(rule, caller);
}
