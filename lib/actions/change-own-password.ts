'use server';

import { z } from 'zod';
import type { PasswordWeakness } from '@/lib/auth/password-policy';
import { requestOrigin } from '@/lib/auth/request-origin';
import { signInAs } from '@/lib/auth/set-session-cookie';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { defineAction } from './define-action';

export type ChangeOwnPasswordState =
  | { status: 'idle' | 'changed' | 'invalid' | 'mismatch' | 'wrong_password' | 'busy' }
  | { status: 'weak'; reason: PasswordWeakness };

/**
 * Changes the signed-in user's password. Every session ends (other browsers are signed out), and
 * this browser gets a fresh session, so no session token from before the change stays valid.
 */
export const changeOwnPasswordAction = defineAction(
  {
    role: 'viewer',
    input: z.object({
      current: z.string().max(1000),
      next: z.string().max(2000),
      confirm: z.string().max(2000),
    }),
    read: (_previous: ChangeOwnPasswordState, form: FormData) => Object.fromEntries(form),
    invalid: { status: 'invalid' } as ChangeOwnPasswordState,
  },
  async ({ current, next, confirm }, user, actor): Promise<ChangeOwnPasswordState> => {
    if (next !== confirm) return { status: 'mismatch' };
    const changed = await changeOwnPassword(actor, { current, next });
    if (!changed.ok)
      return changed.code === 'weak_password'
        ? { status: 'weak', reason: changed.reason }
        : { status: changed.code };
    await signInAs(user.id, await requestOrigin());
    return { status: 'changed' };
  },
);
