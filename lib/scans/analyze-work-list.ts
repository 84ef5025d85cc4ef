import type { PrismaClient } from '@/generated/prisma/client';

/**
 * Refreshes the planner's statistics of scan_run_items once a run's work list is in it. The table
 * swings from empty between runs to a run's whole list, so the statistics autovacuum left behind
 * usually say a run has a handful of items: the result batches' claim (claim-scan-results.ts) then
 * hashed every remaining item of the run to delete its 250 (20 ms per batch at 100,000 items, so
 * quadratic in the run's size) instead of probing the key 250 times (1.7 ms). ANALYZE samples at
 * most 30,000 rows, so it costs tens of milliseconds whatever the run's size.
 */
export async function analyzeWorkList(db: PrismaClient): Promise<void> {
  await db.$executeRaw`ANALYZE scan_run_items`;
}
