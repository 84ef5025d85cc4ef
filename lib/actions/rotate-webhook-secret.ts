'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { rotateRuleWebhookSecret } from '@/lib/alerts/rotate-rule-webhook-secret';
import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

/** Gives a rule's webhook a new signing secret; the rule's page then shows it. Admins only (alert-rule-view.ts). */
export const rotateWebhookSecretAction = defineAction(
  { role: 'admin', input: z.uuid(), read: (ruleId: string) => ruleId, invalid: undefined },
  async (ruleId, user, actor): Promise<void> => {
    if (!(await isInScope(viewerOfUser(user), { alertRules: [ruleId] }))) return;
    await rotateRuleWebhookSecret(ruleId, actor);
    revalidatePath(`/alerts/rules/${ruleId}`);
  },
);
