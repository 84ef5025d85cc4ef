import type { PrismaClient } from '@/generated/prisma/client';
import { refreshComplianceForRun } from '@/lib/compliance/refresh-compliance-for-run';
import { prisma } from '@/lib/db';
import { refreshRollupsForRun } from '@/lib/history/refresh-rollups-for-run';

/**
 * Finishes a run whose domains are all stored, outside any result's transaction: first the adoption
 * rollups and the compliance (lib/compliance/) of the scopes and days it touched (idempotent, so two
 * finalizers or a crash between the steps only repeat work), then the status, moved once. Returns true for the one caller that marked
 * it complete: that one asks for the run's alerts. Counters are the batches' (cancel moves them too),
 * so a run not yet settled, or cancelled, is left alone.
 */
export async function finalizeScanRun(runId: string, db: PrismaClient = prisma): Promise<boolean> {
  const [run] = await db.$queryRaw<Array<{ settled: boolean }>>`
    SELECT done + failed >= total AND status IN ('queued', 'running') AS settled
    FROM scan_runs WHERE id = ${runId}::uuid`;
  if (!run?.settled) return false;
  await refreshRollupsForRun(db, runId);
  await refreshComplianceForRun(db, runId);
  const finishedAt = new Date();
  const marked = await db.$executeRaw`
    UPDATE scan_runs SET status = 'complete', finished_at = ${finishedAt}::timestamptz,
      started_at = coalesce(started_at, ${finishedAt}::timestamptz)
    WHERE id = ${runId}::uuid AND status IN ('queued', 'running') AND done + failed >= total`;
  return marked > 0;
}
