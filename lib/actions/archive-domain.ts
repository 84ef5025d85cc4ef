'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { archiveDomainById } from '@/lib/domains/archive-domain-by-id';
import { defineAction } from './define-action';

/**
 * Archives a domain: it stops being scanned and leaves today's adoption figures, while its history
 * stays in the past days it was registered for. Editors and admins. Returns to the domains table, since the
 * archived domain's page is gone.
 */
export const archiveDomainAction = defineAction(
  {
    role: 'editor',
    input: z.uuid(),
    read: (domainId: string) => domainId,
    invalid: { error: 'invalid domain id' },
  },
  async (id): Promise<{ error: string }> => {
    if (!(await archiveDomainById(id))) return { error: 'domain not found' };
    revalidatePath('/');
    redirect('/');
  },
);
