'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { startScanRun } from './start-scan-run';

/** "Scan now" on a domain page: a run of one domain; the page then follows its progress. */
export async function scanDomainNow(domainId: string): Promise<{ runId: string } | { error: string }> {
  const user = await requireUser('admin');
  const id = z.uuid().safeParse(domainId);
  if (!id.success) return { error: 'invalid domain id' };
  const started = await startScanRun({ kind: 'domain', ids: [id.data] }, 'manual', user.id);
  return started.ok ? { runId: started.runId } : { error: 'domain not found' };
}
