'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { renameOwnAccount } from '@/lib/users/rename-own-account';
import { userName } from '@/lib/users/user-input';
import { defineAction } from './define-action';

export type RenameOwnAccountState = { status: 'idle' | 'saved' | 'invalid' };

/** Changes the signed-in user's display name. */
export const renameOwnAccountAction = defineAction(
  {
    role: 'viewer',
    input: z.object({ name: userName }),
    read: (_previous: RenameOwnAccountState, form: FormData) => ({ name: form.get('name') ?? '' }),
    invalid: { status: 'invalid' } as RenameOwnAccountState,
  },
  async ({ name }, _user, actor): Promise<RenameOwnAccountState> => {
    await renameOwnAccount(actor, name);
    revalidatePath('/settings/account');
    return { status: 'saved' };
  },
);
