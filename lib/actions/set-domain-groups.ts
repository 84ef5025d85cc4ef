'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { updateDomain } from '@/lib/history/update-domain';

const input = z.object({
  domainId: z.uuid(),
  groupIds: z.array(z.uuid()).max(500),
});

export type SetDomainGroupsResult = { joined: string[]; left: string[] } | { error: string };

/**
 * Sets the groups an active domain belongs to from today on, keeping past membership periods (so
 * group history and cohorts stay exact) and recomputing the affected rollups. Admins only.
 */
export async function setDomainGroups(domainId: string, groupIds: string[]): Promise<SetDomainGroupsResult> {
  await requireUser('admin');
  const parsed = input.safeParse({ domainId, groupIds });
  if (!parsed.success) return { error: 'invalid domain or group id' };
  const result = await updateDomain(parsed.data.domainId, { groups: parsed.data.groupIds });
  if (!result.ok) return { error: result.code === 'not_found' ? 'domain not found' : 'group not found' };
  revalidatePath('/');
  return { joined: result.joined, left: result.left };
}
