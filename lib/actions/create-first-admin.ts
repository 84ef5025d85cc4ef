'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { hashPassword } from '@/lib/auth/password';
import { signInAs } from '@/lib/auth/set-session-cookie';
import { prisma } from '@/lib/db';

const firstAdminInput = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100),
  email: z.email('Enter a valid e-mail address.').trim().toLowerCase(),
  password: z.string().min(12, 'Use at least 12 characters.').max(1000),
});

export interface FirstAdminState {
  error: string | null;
}

/** The first-run screen's action: creates the first admin, only while no account exists at all. */
export async function createFirstAdmin(_previous: FirstAdminState, form: FormData): Promise<FirstAdminState> {
  const input = firstAdminInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: input.error.issues[0]?.message ?? 'Invalid input.' };
  const { name, email, password } = input.data;
  const passwordHash = await hashPassword(password);
  // Serializable so two browsers racing on a fresh install cannot both become the first admin.
  const created = await prisma.$transaction(
    async (tx) => {
      if ((await tx.user.count()) > 0) return null;
      return tx.user.create({ data: { name, email, passwordHash, role: 'admin' }, select: { id: true } });
    },
    { isolationLevel: 'Serializable' },
  );
  if (!created) redirect('/login');
  await signInAs(created.id);
  redirect('/');
}
