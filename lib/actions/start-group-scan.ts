'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { startScanRun } from './start-scan-run';

/** "Scan now" on a group: a run of the group's current members; the page then follows its progress. */
export async function startGroupScan(groupId: string): Promise<{ runId: string } | { error: string }> {
  const user = await requireUser('admin');
  const id = z.uuid().safeParse(groupId);
  if (!id.success) return { error: 'invalid group id' };
  const started = await startScanRun({ kind: 'group', groupId: id.data }, 'manual', user.id);
  return started.ok ? { runId: started.runId } : { error: 'group not found' };
}
