'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { archiveDomainById } from '@/lib/history/archive-domain-by-id';

/**
 * Archives a domain: it stops being scanned and leaves today's adoption figures, while its history
 * stays in the past days it was registered for. Admins only. Returns to the domains table, since the
 * archived domain's page is gone.
 */
export async function archiveDomain(domainId: string): Promise<{ error: string }> {
  await requireUser('admin');
  const id = z.uuid().safeParse(domainId);
  if (!id.success) return { error: 'invalid domain id' };
  if (!(await archiveDomainById(id.data))) return { error: 'domain not found' };
  revalidatePath('/');
  redirect('/');
}
