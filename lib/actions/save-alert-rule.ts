'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { alertRuleInput } from '@/lib/alerts/alert-rule-input';
import { managesWebhooks } from '@/lib/alerts/alert-rule-view';
import { storedWebhookUrl } from '@/lib/alerts/stored-webhook-url';
import { writeAlertRule } from '@/lib/alerts/write-alert-rule';
import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

export interface SaveAlertRuleState {
  error: 'invalid' | 'no-channel' | 'not-found' | 'webhook-refused' | null;
  savedId: string | null;
}

const PARAM_FIELDS = [
  'metric',
  'findingId',
  'minSeverity',
  'days',
  'points',
  'compare',
  'profileId',
  'requirement',
  'percent',
] as const;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The form's fields as a rule; the kind's schema keeps the parameters it knows. */
function readRuleForm(form: FormData) {
  const params = Object.fromEntries(
    PARAM_FIELDS.map((name) => [name, text(form, name)]).filter(([, value]) => value !== ''),
  );
  return {
    id: text(form, 'id') || undefined,
    name: text(form, 'name'),
    enabled: form.get('enabled') === 'on',
    kind: text(form, 'kind'),
    params,
    groupId: text(form, 'groupId') || null,
    emails: text(form, 'emails')
      .split(/[\s,;]+/)
      .filter(Boolean),
    webhookUrl: text(form, 'webhookUrl') || null,
    digest: text(form, 'digest') || 'none',
  };
}

const SAVE_ERRORS = {
  not_found: 'not-found',
  group_not_found: 'invalid',
  webhook_refused: 'webhook-refused',
} as const;

/**
 * The rule is parsed in the body, after the webhook URL is settled, so that a rule without any
 * channel can be told apart.
 */
const ruleForm = z.object({
  id: z.uuid().optional(),
  rule: z.looseObject({ emails: z.array(z.string()), webhookUrl: z.string().nullable() }),
});

/**
 * Creates a rule, or replaces one's settings (`id` given), from the alerts form. Editors and admins;
 * only admins set the webhook URL: an editor's save keeps the rule's own (they are shown its host).
 */
export const saveAlertRuleAction = defineAction(
  {
    role: 'editor',
    input: ruleForm,
    read: (_previous: SaveAlertRuleState, form: FormData) => {
      const { id, ...rule } = readRuleForm(form);
      return { id, rule };
    },
    invalid: { error: 'invalid', savedId: null } as SaveAlertRuleState,
  },
  async ({ id, rule }, user, actor): Promise<SaveAlertRuleState> => {
    const webhookUrl = managesWebhooks(user.role) ? rule.webhookUrl : id ? await storedWebhookUrl(id) : null;
    if (rule.emails.length === 0 && !webhookUrl) return { error: 'no-channel', savedId: null };
    const parsed = alertRuleInput.safeParse({ ...rule, webhookUrl });
    if (!parsed.success) return { error: 'invalid', savedId: null };
    // The rule and its group within the editor's groups; a rule over every domain only unscoped.
    const targets = { alertRules: id ? [id] : [], groups: [parsed.data.groupId] };
    if (!(await isInScope(viewerOfUser(user), targets))) return { error: 'not-found', savedId: null };
    const saved = await writeAlertRule({ id, rule: parsed.data, createdById: user.id }, actor);
    if (!saved.ok) return { error: SAVE_ERRORS[saved.code], savedId: null };
    revalidatePath('/alerts');
    return { error: null, savedId: saved.id };
  },
);
