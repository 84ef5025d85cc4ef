import { prisma } from '@/lib/db';

/** The chunks of a run that still have a domain to store: the jobs it still needs. */
export async function findOpenChunks(runId: string): Promise<number[]> {
  const rows = await prisma.$queryRaw<Array<{ chunk: number }>>`
    SELECT DISTINCT chunk FROM scan_run_items WHERE run_id = ${runId}::uuid ORDER BY chunk`;
  return rows.map((row) => row.chunk);
}
