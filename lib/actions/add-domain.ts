'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/require-user';
import { registerDomainByName } from '@/lib/history/register-domain-by-name';

export interface AddDomainState {
  error: string | null;
  added: { ascii: string; unicode: string } | null;
}

/** Registers one domain by its ASCII form (re-activating it if it was archived). Admins only. */
export async function addDomain(_previous: AddDomainState, form: FormData): Promise<AddDomainState> {
  await requireUser('admin');
  const raw = form.get('domain');
  const result = await registerDomainByName(typeof raw === 'string' ? raw : '');
  if (!result.ok) return { error: result.error, added: null };
  revalidatePath('/');
  return { error: null, added: { ascii: result.domain.ascii, unicode: result.domain.unicode } };
}
