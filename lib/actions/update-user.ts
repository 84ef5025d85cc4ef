'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type UpdateUserResult, updateUser, updateUserInput } from '@/lib/users/update-user';
import { defineAction } from './define-action';

/** Changes a user's role, group scope or enabled state. Admins only. */
export const updateUserAction = defineAction(
  {
    role: 'admin',
    input: z.object({ id: z.uuid(), changes: updateUserInput }),
    read: (id: string, changes: z.input<typeof updateUserInput>) => ({ id, changes }),
    invalid: { ok: false, code: 'invalid' } as
      | UpdateUserResult
      | { ok: false; code: 'invalid' | 'out_of_scope' },
  },
  async ({ id, changes }, user, actor) => {
    // A limited admin could lift their own limit: managing users is for unlimited admins.
    if (user.groupIds !== null) return { ok: false, code: 'out_of_scope' } as const;
    const result = await updateUser(id, changes, actor);
    revalidatePath('/settings/users');
    return result;
  },
);
