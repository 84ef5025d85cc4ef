'use server';

import { revalidatePath } from 'next/cache';
import { normalizeDomain } from '@/audit/domain-name';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { registerDomain } from '@/lib/history/register-domain';

export interface AddDomainState {
  error: string | null;
  added: { ascii: string; unicode: string } | null;
}

/** Registers one domain by its ASCII form (re-activating it if it was archived). Admins only. */
export async function addDomain(_previous: AddDomainState, form: FormData): Promise<AddDomainState> {
  await requireUser('admin');
  const raw = form.get('domain');
  const name = normalizeDomain(typeof raw === 'string' ? raw.slice(0, 1000) : '');
  if (!name.ok) return { error: name.error, added: null };
  await prisma.$transaction((tx) => registerDomain(tx, { ascii: name.ascii, unicode: name.unicode }));
  revalidatePath('/');
  return { error: null, added: { ascii: name.ascii, unicode: name.unicode } };
}
