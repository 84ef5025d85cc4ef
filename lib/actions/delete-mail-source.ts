'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteMailSourceById } from '@/lib/received-mail/delete-mail-source-by-id';
import { defineAction } from './define-action';

/** Deletes a data source with its statistics, then returns to the list. Admins not limited to groups. */
export const deleteMailSourceAction = defineAction(
  { role: 'admin', input: z.uuid(), read: (id: string) => id, invalid: undefined },
  async (id, user, actor): Promise<void> => {
    if (user.groupIds === null) await deleteMailSourceById(id, actor);
    revalidatePath('/settings/mail-sources');
    redirect('/settings/mail-sources');
  },
);
