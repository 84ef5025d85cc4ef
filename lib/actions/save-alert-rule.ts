'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { alertRuleInput } from '@/lib/alerts/alert-rule-input';
import { writeAlertRule } from '@/lib/alerts/write-alert-rule';
import { defineAction } from './define-action';

export interface SaveAlertRuleState {
  error: 'invalid' | 'no-channel' | 'not-found' | null;
  savedId: string | null;
}

const PARAM_FIELDS = ['metric', 'findingId', 'minSeverity', 'days', 'points', 'compare'] as const;

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

/** The rule is parsed in the body, so that a rule without any channel can be told apart. */
const ruleForm = z.object({ id: z.uuid().optional(), noChannel: z.boolean(), rule: z.unknown() });

/** Creates a rule, or replaces one's settings (`id` given), from the alerts form. Editors and admins. */
export const saveAlertRuleAction = defineAction(
  {
    role: 'editor',
    input: ruleForm,
    read: (_previous: SaveAlertRuleState, form: FormData) => {
      const { id, ...rule } = readRuleForm(form);
      return { id, noChannel: rule.emails.length === 0 && !rule.webhookUrl, rule };
    },
    invalid: { error: 'invalid', savedId: null } as SaveAlertRuleState,
  },
  async ({ id, noChannel, rule }, user): Promise<SaveAlertRuleState> => {
    if (noChannel) return { error: 'no-channel', savedId: null };
    const parsed = alertRuleInput.safeParse(rule);
    if (!parsed.success) return { error: 'invalid', savedId: null };
    const saved = await writeAlertRule({ id, rule: parsed.data, createdById: user.id });
    if (!saved.ok) return { error: saved.code === 'not_found' ? 'not-found' : 'invalid', savedId: null };
    revalidatePath('/alerts');
    return { error: null, savedId: saved.id };
  },
);
