'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { setSourceApproval, sourceApproval } from '@/lib/dmarc/set-source-approval';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

/**
 * Approves a source seen in a domain's DMARC reports as an expected sender, or takes that back.
 * Admins (within their groups): it silences the `dmarc.unapproved-source` finding for that address.
 */
export const approveDmarcSourceAction = defineAction(
  {
    role: 'admin',
    input: sourceApproval,
    read: (input: z.input<typeof sourceApproval>) => input,
    invalid: { error: 'invalid source' },
  },
  async (input, user, actor): Promise<{ error: string | null }> => {
    if (!(await isInScope(viewerOfUser(user), { domains: [input.domainId] })))
      return { error: 'domain not found' };
    if (!(await setSourceApproval(actor, input))) return { error: 'domain not found' };
    revalidatePath(`/domains/${input.domainId}`);
    return { error: null };
  },
);
