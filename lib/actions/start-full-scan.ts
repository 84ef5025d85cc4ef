'use server';

import { z } from 'zod';
import { startScanRun } from '@/lib/scans/start-scan-run';
import { defineAction } from './define-action';

/** Starts a scan run of every registered domain. Editors and admins not limited to groups. */
export const startFullScanAction = defineAction(
  { role: 'editor', input: z.undefined(), read: () => undefined, invalid: { error: 'invalid' } },
  async (_none, user, actor): Promise<{ runId: string } | { error: string }> => {
    if (user.groupIds !== null) return { error: 'limited to groups: scan a group instead' };
    const started = await startScanRun({ kind: 'all' }, 'manual', actor);
    return started.ok ? { runId: started.runId } : { error: 'nothing to scan' };
  },
);
