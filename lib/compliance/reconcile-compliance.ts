import type { Queue } from 'bullmq';
import type { PrismaClient } from '@/generated/prisma/client';
import { enqueueComplianceRecompute } from '@/lib/jobs/recompute-compliance-job';
import { findGroupsToRecompute } from './find-groups-to-recompute';
import { syncBuiltinProfiles } from './sync-builtin-profiles';

/**
 * The reconciler's compliance pass: stores the built-in profiles' new versions, then enqueues a
 * recompute for every group whose followed versions have no rollups yet. Returns those groups.
 */
export async function reconcileCompliance(queue: Queue, db: PrismaClient): Promise<string[]> {
  await syncBuiltinProfiles(db);
  const groups = await findGroupsToRecompute(db);
  if (groups.length > 0) await enqueueComplianceRecompute(queue, groups);
  return groups;
}
