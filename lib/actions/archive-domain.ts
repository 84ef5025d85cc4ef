'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { archiveDomainHistory } from '@/lib/history/archive-domain-history';

/** Ending a long-registered domain's periods recomputes its history in every scope it was in. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Archives a domain: it stops being scanned and leaves today's adoption figures, while its history
 * stays in the past days it was registered for. Admins only.
 */
export async function archiveDomain(domainId: string): Promise<{ archived: true } | { error: string }> {
  await requireUser('admin');
  const id = z.uuid().safeParse(domainId);
  if (!id.success) return { error: 'invalid domain id' };
  const archived = await prisma.$transaction((tx) => archiveDomainHistory(tx, id.data), {
    timeout: TRANSACTION_TIMEOUT_MS,
  });
  if (!archived) return { error: 'domain not found' };
  revalidatePath('/');
  return { archived: true };
}
