'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { archiveDomainById } from '@/lib/domains/archive-domain-by-id';
import { isInScope } from '@/lib/queries/is-in-scope';
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
  async (id, user, actor): Promise<{ error: string }> => {
    if (!(await isInScope(viewerOfUser(user), { domains: [id] }))) return { error: 'domain not found' };
    if (!(await archiveDomainById(id, actor))) return { error: 'domain not found' };
    revalidatePath('/');
    redirect('/');
  },
);
