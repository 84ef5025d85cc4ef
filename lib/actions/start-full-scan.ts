'use server';

import { requireUser } from '@/lib/auth/require-user';
import { startScanRun } from './start-scan-run';

/** "Scan everything": one run of every registered (not archived) domain. */
export async function startFullScan(): Promise<{ runId: string }> {
  const user = await requireUser('admin');
  const started = await startScanRun({ kind: 'all' }, 'manual', user.id);
  if (!started.ok) throw new Error('a full scan has no target to miss');
  return { runId: started.runId };
}
