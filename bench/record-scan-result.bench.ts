/**
 * What storing results costs, per domain: recordScanResults (flags, findings, DKIM keys, events,
 * current state, day status, run counters) one result per transaction — as the per-domain writer did
 * — against batches of 250 (a chunk), for 1,000 domains; the second round of each also diffs every
 * report against the first's. Then finalizeScanRun (the rollups) on its own. Prints the ratio.
 * Run: DATABASE_URL=postgresql://…superuser… npx tsx bench/record-scan-result.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { dateColumn, dayOf } from '@/lib/history/day-of';
import { finalizeScanRun } from '@/lib/scans/finalize-scan-run';
import { recordScanResults } from '@/lib/scans/record-scan-results';
import { healthyZone } from '@/testing/healthy-zone';
import { createRun } from '@/testing/scan-fixtures';
import { createScratchDatabase } from '@/testing/scratch-database';

const DOMAINS = 1_000;

/** Two runs over every domain, stored `batch` results per transaction; ms per domain of the second. */
async function storeTwice(
  db: PrismaClient,
  ids: string[],
  batch: number,
  report: Awaited<ReturnType<typeof auditDomain>>,
) {
  let perDomainMs = 0;
  for (let round = 0; round < 2; round++) {
    const runId = await createRun(db, ids);
    const results = ids.map((domainId) => ({
      domainId,
      outcome: { status: 'complete' as const, report },
    }));
    const start = performance.now();
    for (let i = 0; i < results.length; i += batch)
      await recordScanResults(runId, results.slice(i, i + batch), db);
    perDomainMs = (performance.now() - start) / ids.length;
    const finalizing = performance.now();
    await finalizeScanRun(runId, db);
    if (round === 1 && batch > 1)
      console.log(
        `finalizeScanRun (rollups) at ${DOMAINS}: ${(performance.now() - finalizing).toFixed(0)} ms`,
      );
  }
  return perDomainMs;
}

async function main() {
  const scratch = await createScratchDatabase('bench_record');
  try {
    const { db } = scratch;
    const report = await auditDomain('example.test', { resolver: createMemoryResolver(healthyZone()) });
    await db.domain.createMany({
      data: Array.from({ length: DOMAINS }, (_, i) => ({
        ascii: `d${i}.bench.test`,
        unicode: `d${i}.bench.test`,
      })),
    });
    const domains = await db.domain.findMany({ select: { id: true } });
    await db.domainGroup.createMany({
      data: domains.map((d) => ({ domainId: d.id, groupId: null, sinceDay: dateColumn(dayOf(new Date())) })),
    });
    const ids = domains.map((d) => d.id);
    const single = await storeTwice(db, ids, 1, report);
    const batched = await storeTwice(db, ids, 250, report);
    console.log(
      `rescan stored one result per transaction: ${single.toFixed(2)} ms per domain; in batches of 250: ` +
        `${batched.toFixed(3)} ms per domain: ratio ${(single / batched).toFixed(1)}×`,
    );
  } finally {
    await scratch.drop();
  }
}

await main();
