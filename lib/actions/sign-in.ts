'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { checkPassword } from '@/lib/auth/check-password';
import { requestOrigin } from '@/lib/auth/request-origin';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { signInAs } from '@/lib/auth/set-session-cookie';

const signInInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
  next: z.string().max(2000).optional(),
});

export interface SignInState {
  error: string | null;
}

/** Checks e-mail and password; on success opens a session and goes to `next` (a path of this site). */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const input = signInInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: 'Enter your e-mail and password.' };
  const userId = await checkPassword(input.data.email, input.data.password);
  if (!userId) return { error: 'E-mail or password is wrong.' };
  await signInAs(userId, await requestOrigin());
  redirect(safeNextPath(input.data.next));
}
