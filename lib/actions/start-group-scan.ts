'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { findScanDomainIds } from '@/lib/schedules/find-scan-domain-ids';

/** "Scan now" on a group: a run of the group's current members; the page then follows its progress. */
export async function startGroupScan(groupId: string): Promise<{ runId: string } | { error: string }> {
  const user = await requireUser('admin');
  const id = z.uuid().safeParse(groupId);
  if (!id.success) return { error: 'invalid group id' };
  const group = await prisma.group.findUnique({ where: { id: id.data }, select: { id: true } });
  if (!group) return { error: 'group not found' };
  return createScanRun({
    domainIds: await findScanDomainIds({ kind: 'group', groupId: group.id }),
    trigger: 'manual',
    triggeredBy: user.id,
    scope: { kind: 'group', ids: [group.id] },
  });
}
