'use server';

import { revalidatePath } from 'next/cache';
import { alertRuleInput } from '@/lib/alerts/alert-rule-input';
import { writeAlertRule } from '@/lib/alerts/write-alert-rule';
import { requireUser } from '@/lib/auth/require-user';

export interface SaveAlertRuleState {
  error: 'invalid' | 'no-channel' | 'not-found' | null;
  savedId: string | null;
}

const PARAM_FIELDS = ['metric', 'findingId', 'minSeverity', 'days', 'points', 'compare'] as const;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Creates a rule, or replaces one's settings (`id` given), from the alerts form. Admins only. The
 * form sends every parameter field; the kind's schema keeps the ones it knows.
 */
export async function saveAlertRule(
  _previous: SaveAlertRuleState,
  form: FormData,
): Promise<SaveAlertRuleState> {
  const user = await requireUser('admin');
  const params = Object.fromEntries(
    PARAM_FIELDS.map((name) => [name, text(form, name)]).filter(([, value]) => value !== ''),
  );
  const emails = text(form, 'emails')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const webhookUrl = text(form, 'webhookUrl') || null;
  if (emails.length === 0 && !webhookUrl) return { error: 'no-channel', savedId: null };
  const parsed = alertRuleInput.safeParse({
    name: text(form, 'name'),
    enabled: form.get('enabled') === 'on',
    kind: text(form, 'kind'),
    params,
    groupId: text(form, 'groupId') || null,
    emails,
    webhookUrl,
    digest: text(form, 'digest') || 'none',
  });
  if (!parsed.success) return { error: 'invalid', savedId: null };
  const id = text(form, 'id') || undefined;
  const saved = await writeAlertRule({ id, rule: parsed.data, createdById: user.id });
  if (!saved.ok) return { error: saved.code === 'not_found' ? 'not-found' : 'invalid', savedId: null };
  revalidatePath('/alerts');
  return { error: null, savedId: saved.id };
}
