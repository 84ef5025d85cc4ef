'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateDomain } from '@/lib/domains/update-domain';
import { defineAction } from './define-action';

export type SetDomainGroupsResult = { joined: string[]; left: string[] } | { error: string };

/**
 * Sets the groups an active domain belongs to from today on, keeping past membership periods (so
 * group history and cohorts stay exact) and recomputing the affected rollups. Editors and admins.
 */
export const setDomainGroupsAction = defineAction(
  {
    role: 'editor',
    input: z.object({ domainId: z.uuid(), groupIds: z.array(z.uuid()).max(500) }),
    read: (domainId: string, groupIds: string[]) => ({ domainId, groupIds }),
    invalid: { error: 'invalid domain or group id' } as SetDomainGroupsResult,
  },
  async ({ domainId, groupIds }): Promise<SetDomainGroupsResult> => {
    const result = await updateDomain(domainId, { groups: groupIds });
    if (!result.ok) return { error: result.code === 'not_found' ? 'domain not found' : 'group not found' };
    revalidatePath('/');
    return { joined: result.joined, left: result.left };
  },
);
