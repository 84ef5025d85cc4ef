'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type ResetUserMfaResult, resetUserMfa } from '@/lib/users/reset-user-mfa';
import { defineAction } from './define-action';

/** Resets another user's MFA (lost device). Admins not limited to groups only, as all user management. */
export const resetUserMfaAction = defineAction(
  {
    role: 'admin',
    input: z.uuid(),
    read: (id: string) => id,
    invalid: { ok: false, code: 'not_found' } as ResetUserMfaResult | { ok: false; code: 'out_of_scope' },
  },
  async (id, user, actor) => {
    if (user.groupIds !== null) return { ok: false, code: 'out_of_scope' } as const;
    const result = await resetUserMfa(id, actor);
    revalidatePath(`/settings/users/${id}`);
    return result;
  },
);
