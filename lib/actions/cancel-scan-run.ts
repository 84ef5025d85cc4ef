'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { scanQueue } from '@/lib/queue';
import { cancelScanRun as cancelRun } from '@/lib/scans/cancel-scan-run';

/** Cancels a queued or running scan run (see lib/scans/cancel-scan-run.ts for what that means). */
export async function cancelScanRun(runId: string): Promise<{ cancelled: number } | { error: string }> {
  await requireUser('admin');
  const id = z.uuid().safeParse(runId);
  if (!id.success) return { error: 'invalid run id' };
  const result = await cancelRun(scanQueue(), id.data);
  if (!result.ok)
    return { error: result.code === 'finished' ? 'the run has already finished' : 'run not found' };
  return { cancelled: result.cancelled };
}
