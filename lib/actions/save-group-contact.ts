'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { contactFields } from '@/lib/groups/contacts/contact-fields';
import { saveGroupContact } from '@/lib/groups/contacts/save-group-contact';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

export interface SaveGroupContactState {
  error: 'invalid' | 'not-found' | 'email-taken' | null;
  saved: boolean;
}

/** Adds a contact to a group, or changes one (`contactId`). Editors and admins, within their group scope. */
export const saveGroupContactAction = defineAction(
  {
    role: 'editor',
    input: contactFields.extend({ groupId: z.uuid(), contactId: z.uuid().optional() }),
    read: (_previous: SaveGroupContactState, form: FormData) => ({
      groupId: form.get('groupId'),
      contactId: form.get('contactId') || undefined,
      name: form.get('name') ?? '',
      email: form.get('email') ?? '',
      language: form.get('language'),
      role: form.get('role') ?? '',
    }),
    invalid: { error: 'invalid', saved: false } as SaveGroupContactState,
  },
  async ({ groupId, contactId, ...fields }, user, actor): Promise<SaveGroupContactState> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] })))
      return { error: 'not-found', saved: false };
    const result = await saveGroupContact(groupId, contactId, fields, actor);
    if (!result.ok)
      return { error: result.code === 'email_taken' ? 'email-taken' : 'not-found', saved: false };
    revalidatePath(`/groups/${groupId}/owners`);
    return { error: null, saved: true };
  },
);
