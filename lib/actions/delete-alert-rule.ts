'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteAlertRuleById } from '@/lib/alerts/delete-alert-rule-by-id';
import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

/** Deletes a rule with its matches and deliveries, then returns to the alerts page. Editors and admins. */
export const deleteAlertRuleAction = defineAction(
  { role: 'editor', input: z.uuid(), read: (id: string) => id, invalid: undefined },
  async (id, user, actor): Promise<void> => {
    if (await isInScope(viewerOfUser(user), { alertRules: [id] })) await deleteAlertRuleById(id, actor);
    revalidatePath('/alerts');
    redirect('/alerts');
  },
);
