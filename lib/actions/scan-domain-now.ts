'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { createScanRun } from '@/lib/scans/create-scan-run';

/** "Scan now" on a domain page: a run of one domain; the page then follows its progress. */
export async function scanDomainNow(domainId: string): Promise<{ runId: string } | { error: string }> {
  const user = await requireUser('admin');
  const id = z.uuid().safeParse(domainId);
  if (!id.success) return { error: 'invalid domain id' };
  const domain = await prisma.domain.findFirst({
    where: { id: id.data, archivedAt: null },
    select: { id: true },
  });
  if (!domain) return { error: 'domain not found' };
  return createScanRun({
    domainIds: [domain.id],
    trigger: 'manual',
    triggeredBy: user.id,
    scope: { kind: 'domain', ids: [domain.id] },
  });
}
