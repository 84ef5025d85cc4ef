'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteMailboxAccount } from '@/lib/mailboxes/delete-mailbox-account';
import { defineAction } from './define-action';

/** Deletes a mailbox account; the mail it counted stays. Admins not limited to groups only. */
export const deleteMailboxAccountAction = defineAction(
  { role: 'admin', input: z.uuid(), read: (id: string) => id, invalid: { deleted: false } },
  async (id, user, actor): Promise<{ deleted: boolean }> => {
    if (user.groupIds !== null) return { deleted: false };
    const deleted = await deleteMailboxAccount(id, actor);
    revalidatePath('/settings/mailboxes');
    return { deleted };
  },
);
