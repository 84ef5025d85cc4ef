'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { finishPasswordSignIn } from '@/lib/auth/finish-password-sign-in';
import type { PasswordWeakness } from '@/lib/auth/password-policy';
import { requestOrigin } from '@/lib/auth/request-origin';
import { redeemUserLink } from '@/lib/users/redeem-user-link';
import { userName } from '@/lib/users/user-input';

const redeemInput = z.object({
  token: z.string().max(100),
  kind: z.enum(['invite', 'reset']),
  password: z.string().max(2000),
  confirm: z.string().max(2000),
  name: userName.optional(),
});

export type RedeemUserLinkState =
  | { status: 'idle' | 'invalid' | 'mismatch' | 'invalid_link' }
  | { status: 'weak'; reason: PasswordWeakness };

/**
 * The invitation and reset pages' action, open to anyone holding a link (so not made with
 * defineAction, which needs a session): sets the password, spends the link, signs the user in.
 */
export async function redeemUserLinkAction(
  _previous: RedeemUserLinkState,
  form: FormData,
): Promise<RedeemUserLinkState> {
  const input = redeemInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { status: 'invalid' };
  const { token, kind, password, confirm, name } = input.data;
  if (password !== confirm) return { status: 'mismatch' };
  const origin = await requestOrigin();
  const redeemed = await redeemUserLink({ token, kind, password, name, clientAddress: origin.clientAddress });
  if (!redeemed.ok)
    return redeemed.code === 'weak_password'
      ? { status: 'weak', reason: redeemed.reason }
      : { status: redeemed.code };
  // As after a password sign-in: a user with MFA still gives the second factor (a reset link must
  // not be a way around it).
  const done = await finishPasswordSignIn(redeemed.userId, { email: redeemed.email, origin, next: '/' });
  redirect(done.ok ? done.path : '/login');
}
