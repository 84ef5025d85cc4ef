import { Prisma } from '@/generated/prisma/client';

/**
 * True for a domain_scans row (alias `scan`) of the run whose uuid is `runId`: scans are keyed by
 * the run's number (scan_runs.number), which one lookup of the run's key turns the uuid into, so
 * the condition reads the primary key's (run_number, domain_id) range.
 */
export function scanOfRunSql(scan: string, runId: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(scan)}.run_number = (SELECT number FROM scan_runs WHERE id = ${runId}::uuid)`;
}
