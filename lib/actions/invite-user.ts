'use server';

import { revalidatePath } from 'next/cache';
import { inviteUser, inviteUserInput } from '@/lib/users/invite-user';
import type { LinkMailResult } from '@/lib/users/send-user-link-mail';
import { defineAction } from './define-action';

export type InviteUserState =
  | { status: 'idle' }
  | { status: 'invalid' }
  | { status: 'refused'; code: 'email_taken' | 'unknown_group' | 'out_of_scope' }
  | { status: 'invited'; email: string; url: string; mail: LinkMailResult };

/** Invites someone and returns the link once, for the page to show; only its hash is kept. Admins only. */
export const inviteUserAction = defineAction(
  {
    role: 'admin',
    input: inviteUserInput,
    read: (_previous: InviteUserState, form: FormData) => ({
      email: form.get('email') ?? '',
      name: form.get('name') ?? '',
      role: form.get('role'),
      groupIds: form.getAll('groupIds'),
    }),
    invalid: { status: 'invalid' } as InviteUserState,
  },
  async (input, user, actor): Promise<InviteUserState> => {
    // An admin limited to groups could make an unlimited admin: managing users is for unlimited ones.
    if (user.groupIds !== null) return { status: 'refused', code: 'out_of_scope' };
    const invited = await inviteUser(input, actor);
    if (!invited.ok) return { status: 'refused', code: invited.code };
    revalidatePath('/settings/users');
    return { status: 'invited', email: input.email, url: invited.link.url, mail: invited.mail };
  },
);
