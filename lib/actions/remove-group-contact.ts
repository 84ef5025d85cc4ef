'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { removeGroupContact } from '@/lib/groups/contacts/remove-group-contact';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

/** Removes a contact from a group (a form's action, bound to the ids). Editors and admins, within their scope. */
export const removeGroupContactAction = defineAction(
  {
    role: 'editor',
    input: z.object({ groupId: z.uuid(), contactId: z.uuid() }),
    read: (groupId: string, contactId: string, _form?: FormData) => ({ groupId, contactId }),
    invalid: undefined,
  },
  async ({ groupId, contactId }, user, actor): Promise<void> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] }))) return;
    await removeGroupContact(groupId, contactId, actor);
    revalidatePath(`/groups/${groupId}/owners`);
  },
);
