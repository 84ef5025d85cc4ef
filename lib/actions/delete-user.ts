'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type DeleteUserResult, deleteUser } from '@/lib/users/delete-user';
import { defineAction } from './define-action';

/** Deletes a user (soft: their name stays in history). Admins only. */
export const deleteUserAction = defineAction(
  {
    role: 'admin',
    input: z.uuid(),
    read: (id: string) => id,
    invalid: { ok: false, code: 'not_found' } as DeleteUserResult | { ok: false; code: 'out_of_scope' },
  },
  async (id, user, actor) => {
    if (user.groupIds !== null) return { ok: false, code: 'out_of_scope' } as const;
    const result = await deleteUser(id, actor);
    revalidatePath('/settings/users');
    return result;
  },
);
