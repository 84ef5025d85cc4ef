'use server';

import { requireUser } from '@/lib/auth/require-user';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { findScanDomainIds } from '@/lib/schedules/find-scan-domain-ids';

/** "Scan everything": one run of every registered (not archived) domain. */
export async function startFullScan(): Promise<{ runId: string }> {
  const user = await requireUser('admin');
  return createScanRun({
    domainIds: await findScanDomainIds({ kind: 'all' }),
    trigger: 'manual',
    triggeredBy: user.id,
    scope: { kind: 'all' },
  });
}
