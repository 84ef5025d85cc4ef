/**
 * What the history costs per stored result: recordDomainScanResult (flags, findings, DKIM keys,
 * events, current state, day status) against the bare conditional update it grew from, for runs of
 * 1,000 domains recorded one at a time and 16 at a time (a worker's default), the second run also
 * diffing against the first, and the rollup refresh the last result of a run triggers. Prints ratios.
 * Run: DATABASE_URL=postgresql://…superuser… npx tsx bench/record-scan-result.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { dateColumn, dayOf } from '@/lib/history/day-of';
import { recordDomainScanResult } from '@/lib/scans/record-domain-scan-result';
import { healthyZone } from '@/testing/healthy-zone';
import { createRun } from '@/testing/scan-fixtures';
import { createScratchDatabase } from '@/testing/scratch-database';

const DOMAINS = 1_000;

async function inParallel(ids: string[], lanes: number, record: (id: string) => Promise<unknown>) {
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < ids.length) await record(ids[next++] as string);
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return (performance.now() - start) / ids.length;
}

/** The pre-history path: the conditional update and the run counters, nothing else. */
async function bareRecord(db: PrismaClient, scanId: string, report: Prisma.InputJsonValue) {
  await db.$transaction(async (tx) => {
    const moved = await tx.domainScan.updateMany({
      where: { id: scanId, status: { in: ['queued', 'running'] } },
      data: { status: 'complete', report, queries: 1, finishedAt: new Date() },
    });
    if (moved.count === 0) return;
    const { runId } = await tx.domainScan.findUniqueOrThrow({
      where: { id: scanId },
      select: { runId: true },
    });
    await tx.scanRun.update({ where: { id: runId }, data: { done: { increment: 1 } } });
  });
}

async function main() {
  const scratch = await createScratchDatabase('bench_record');
  try {
    const { db } = scratch;
    const report = await auditDomain('example.test', { resolver: createMemoryResolver(healthyZone()) });
    const json = report as unknown as Prisma.InputJsonValue;
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

    for (const lanes of [1, 16]) {
      const bare = await createRun(db, ids);
      const bareMs = await inParallel(ids, lanes, (id) =>
        bareRecord(db, bare.scanIds.get(id) as string, json),
      );
      // Twice: the second run also diffs each report against the first run's.
      let historyMs = 0;
      for (let round = 0; round < 2; round++) {
        const run = await createRun(db, ids);
        const record = (id: string) =>
          recordDomainScanResult(
            run.scanIds.get(id) as string,
            { status: 'complete', report: json, queries: 1 },
            db,
          );
        historyMs = Math.max(historyMs, await inParallel(ids.slice(0, -1), lanes, record));
        const start = performance.now();
        await record(ids.at(-1) as string);
        if (lanes === 1)
          console.log(
            `last result of a run, with its rollup refresh: ${(performance.now() - start).toFixed(0)} ms`,
          );
      }
      console.log(
        `${lanes} in flight: bare conditional update ${bareMs.toFixed(2)} ms per domain, with history ` +
          `${historyMs.toFixed(2)} ms per domain: ratio ${(historyMs / bareMs).toFixed(1)}×`,
      );
    }
  } finally {
    await scratch.drop();
  }
}

await main();
