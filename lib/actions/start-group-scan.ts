'use server';

import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import { startScanRun } from '@/lib/scans/start-scan-run';
import { defineAction } from './define-action';

/** Starts a scan run of a group's current members. Editors and admins. */
export const startGroupScanAction = defineAction(
  {
    role: 'editor',
    input: z.uuid(),
    read: (groupId: string) => groupId,
    invalid: { error: 'invalid group id' },
  },
  async (groupId, user, actor): Promise<{ runId: string } | { error: string }> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] }))) return { error: 'group not found' };
    const started = await startScanRun({ kind: 'group', groupId }, 'manual', actor);
    return started.ok ? { runId: started.runId } : { error: 'group not found' };
  },
);
