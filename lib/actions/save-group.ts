'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { groupFields, saveGroupRecord } from '@/lib/groups/save-group-record';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

export interface SaveGroupState {
  error: 'invalid' | 'name-taken' | 'not-found' | null;
  savedId: string | null;
}

const groupInput = groupFields.extend({
  id: z.uuid().optional(),
  description: groupFields.shape.description.default(''),
});

/**
 * Creates a group, or renames / re-describes one (`id` given). Names are unique. Editors and admins;
 * one limited to groups only renames its own (a new group would be outside its scope).
 */
export const saveGroupAction = defineAction(
  {
    role: 'editor',
    input: groupInput,
    read: (_previous: SaveGroupState, form: FormData) => ({
      id: form.get('id') || undefined,
      name: form.get('name') ?? '',
      description: form.get('description') ?? '',
    }),
    invalid: { error: 'invalid', savedId: null } as SaveGroupState,
  },
  async (input, user, actor): Promise<SaveGroupState> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [input.id ?? null] })))
      return { error: 'not-found', savedId: null };
    const saved = await saveGroupRecord(input, actor);
    if (!saved.ok) return { error: saved.code === 'name_taken' ? 'name-taken' : 'not-found', savedId: null };
    revalidatePath('/groups');
    return { error: null, savedId: saved.id };
  },
);
