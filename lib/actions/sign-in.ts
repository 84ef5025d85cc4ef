'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '@/lib/auth/password';
import { signInAs } from '@/lib/auth/set-session-cookie';
import { prisma } from '@/lib/db';

const signInInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
  next: z.string().optional(),
});

export interface SignInState {
  error: string | null;
}

/** Checks e-mail and password; on success opens a session and goes to `next` (a local path only). */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const input = signInInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: 'Enter your e-mail and password.' };
  const { email, password, next } = input.data;
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
  if (!user || !ok) return { error: 'E-mail or password is wrong.' };
  await signInAs(user.id);
  // Only same-site paths: an open redirect would let a phishing link borrow our sign-in page.
  redirect(next?.startsWith('/') && !next.startsWith('//') ? next : '/');
}
