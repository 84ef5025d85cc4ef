'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteAlertRuleById } from '@/lib/alerts/delete-alert-rule-by-id';
import { defineAction } from './define-action';

/** Deletes a rule with its matches and deliveries, then returns to the alerts page. Editors and admins. */
export const deleteAlertRuleAction = defineAction(
  { role: 'editor', input: z.uuid(), read: (id: string) => id, invalid: undefined },
  async (id): Promise<void> => {
    await deleteAlertRuleById(id);
    revalidatePath('/alerts');
    redirect('/alerts');
  },
);
