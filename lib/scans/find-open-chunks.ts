import { prisma } from '@/lib/db';

/** The chunks of a run that still have a queued or running row: the jobs it still needs. */
export async function findOpenChunks(runId: string): Promise<number[]> {
  const rows = await prisma.$queryRaw<Array<{ chunk: number }>>`
    SELECT DISTINCT chunk FROM domain_scans
    WHERE run_id = ${runId}::uuid AND status IN ('queued', 'running') ORDER BY chunk`;
  return rows.map((row) => row.chunk);
}
