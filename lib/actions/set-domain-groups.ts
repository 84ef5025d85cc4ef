'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { keepGroupsOutsideScope } from '@/lib/domains/keep-groups-outside-scope';
import { updateDomain } from '@/lib/domains/update-domain';
import { isInScope } from '@/lib/queries/is-in-scope';
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
  async ({ domainId, groupIds }, user, actor): Promise<SetDomainGroupsResult> => {
    const viewer = viewerOfUser(user);
    if (!(await isInScope(viewer, { domains: [domainId] }))) return { error: 'domain not found' };
    if (!(await isInScope(viewer, { groups: groupIds }))) return { error: 'group not found' };
    const groups = await keepGroupsOutsideScope(viewer, domainId, groupIds);
    const result = await updateDomain(domainId, { groups }, actor);
    if (!result.ok) return { error: result.code === 'not_found' ? 'domain not found' : 'group not found' };
    revalidatePath('/');
    return { joined: result.joined, left: result.left };
  },
);
