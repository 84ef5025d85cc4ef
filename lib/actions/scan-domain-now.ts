'use server';

import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import { startScanRun } from '@/lib/scans/start-scan-run';
import { defineAction } from './define-action';

/** Starts a scan run of one domain (the scorecard's "Scan now"). Editors and admins. */
export const scanDomainNowAction = defineAction(
  {
    role: 'editor',
    input: z.uuid(),
    read: (domainId: string) => domainId,
    invalid: { error: 'invalid domain id' },
  },
  async (id, user, actor): Promise<{ runId: string } | { error: string }> => {
    if (!(await isInScope(viewerOfUser(user), { domains: [id] }))) return { error: 'domain not found' };
    const started = await startScanRun({ kind: 'domain', ids: [id] }, 'manual', actor);
    return started.ok ? { runId: started.runId } : { error: 'domain not found' };
  },
);
