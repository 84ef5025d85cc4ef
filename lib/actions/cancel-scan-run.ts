'use server';

import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import { scanQueue } from '@/lib/queue';
import { cancelScanRun } from '@/lib/scans/cancel-scan-run';
import { defineAction } from './define-action';

/** Cancels a queued or running scan run (see lib/scans/cancel-scan-run.ts for what that means). */
export const cancelScanRunAction = defineAction(
  { role: 'editor', input: z.uuid(), read: (runId: string) => runId, invalid: { error: 'invalid run id' } },
  async (id, user, actor): Promise<{ cancelled: number } | { error: string }> => {
    if (!(await isInScope(viewerOfUser(user), { scanRuns: [id] }))) return { error: 'run not found' };
    const result = await cancelScanRun(scanQueue(), id, actor);
    if (!result.ok)
      return { error: result.code === 'finished' ? 'the run has already finished' : 'run not found' };
    return { cancelled: result.cancelled };
  },
);
