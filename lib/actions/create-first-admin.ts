'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createFirstAdminUser } from '@/lib/auth/create-first-admin-user';
import { requestOrigin } from '@/lib/auth/request-origin';
import { signInAs } from '@/lib/auth/set-session-cookie';

const firstAdminInput = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100),
  email: z.email('Enter a valid e-mail address.').trim().toLowerCase(),
  password: z.string().min(12, 'Use at least 12 characters.').max(1000),
});

export interface FirstAdminState {
  error: string | null;
}

/**
 * The first-run screen's action, open to anyone while no account exists (so not made with
 * defineAction, which needs a session): creates the first admin and signs them in.
 */
export async function createFirstAdminAction(
  _previous: FirstAdminState,
  form: FormData,
): Promise<FirstAdminState> {
  const input = firstAdminInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: input.error.issues[0]?.message ?? 'Invalid input.' };
  const created = await createFirstAdminUser(input.data);
  if (!created) redirect('/login');
  await signInAs(created.id, await requestOrigin());
  redirect('/');
}
