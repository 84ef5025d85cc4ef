'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { applyDomainGroups } from '@/lib/history/apply-domain-groups';

const input = z.object({
  domainId: z.uuid(),
  groupIds: z.array(z.uuid()).max(500),
});

/** A membership change recomputes up to a year of rollups of the groups concerned. */
const TRANSACTION_TIMEOUT_MS = 60_000;

export type SetDomainGroupsResult = { joined: string[]; left: string[] } | { error: string };

/**
 * Sets the groups an active domain belongs to from today on, keeping past membership periods (so
 * group history and cohorts stay exact) and recomputing the affected rollups. Admins only.
 */
export async function setDomainGroups(domainId: string, groupIds: string[]): Promise<SetDomainGroupsResult> {
  await requireUser('admin');
  const parsed = input.safeParse({ domainId, groupIds });
  if (!parsed.success) return { error: 'invalid domain or group id' };
  const wanted = [...new Set(parsed.data.groupIds)];
  const result = await prisma.$transaction(
    async (tx) => {
      const domain = await tx.domain.findFirst({
        where: { id: parsed.data.domainId, archivedAt: null },
        select: { id: true },
      });
      if (!domain) return { error: 'domain not found' };
      const groups = await tx.group.count({ where: { id: { in: wanted } } });
      if (groups !== wanted.length) return { error: 'group not found' };
      return applyDomainGroups(tx, domain.id, wanted);
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
  if (!('error' in result)) revalidatePath('/');
  return result;
}
