/**
 * One scan of every registered domain by the running workers, with what it cost: wall time,
 * domains/s, DNS queries at Knot, PostgreSQL statements, commits and row writes, Redis commands,
 * CPU seconds of workers, PostgreSQL, Redis and Knot, the database's growth, the statements that
 * took most of PostgreSQL's execution time, and the UDP datagrams the kernel dropped.
 */
import type { Redis } from 'ioredis';
import type { PrismaClient } from '@/generated/prisma/client';
import { treeCpuSeconds } from './process-usage';
import { type ScanOutcome, scanOutcome, startScan, waitForRun } from './scale-scan-run';
import type { ScaleWorkers } from './scale-workers';
import {
  type Counters,
  difference,
  pidFileCpuSeconds,
  postgresCounters,
  postgresStatementTimes,
  redisCounters,
  topStatements,
  udpReceiveBufferDrops,
} from './service-counters';
import type { StatsKnot } from './stats-knot';

export interface ScanServices {
  db: PrismaClient;
  redis: Redis;
  knot: StatsKnot;
  workers: ScaleWorkers;
  pgPidFile?: string;
  redisPidFile?: string;
}

async function snapshot(s: ScanServices) {
  return {
    knot: await s.knot.stats(),
    pg: await postgresCounters(s.db),
    statements: await postgresStatementTimes(s.db),
    redis: await redisCounters(s.redis),
    udpDrops: await udpReceiveBufferDrops(),
    cpu: {
      knotd: treeCpuSeconds(s.knot.pid),
      postgres: s.pgPidFile ? await pidFileCpuSeconds(s.pgPidFile) : 0,
      redis: s.redisPidFile ? await pidFileCpuSeconds(s.redisPidFile) : 0,
      workers: s.workers.usage().reduce((sum, u) => sum + u.cpuSeconds, 0),
    } as Counters,
  };
}

const per = (n: number | undefined, domains: number, digits = 2) =>
  Math.round(((n ?? 0) / Math.max(domains, 1)) * 10 ** digits) / 10 ** digits;

export async function measureScan(s: ScanServices, maxMs: number, log: (line: string) => void) {
  const before = await snapshot(s);
  const scan = await startScan(s.db);
  log(
    `scan run ${scan.runId}: ${scan.total} rows and their chunk jobs created in ${(scan.createMs / 1000).toFixed(1)} s`,
  );
  const run = await waitForRun(s.db, scan, maxMs, log);
  const after = await snapshot(s);
  const outcome: ScanOutcome = await scanOutcome(s.db, scan.runId);
  const pg = difference(before.pg, after.pg);
  const cpu = difference(before.cpu, after.cpu);
  const redis = difference(before.redis, after.redis);
  const knot = difference(before.knot, after.knot);
  const n = run.finished;
  const cpuMs = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, per(v * 1000, n)]));
  return {
    ...run,
    createSeconds: Math.round(scan.createMs / 100) / 10,
    outcome,
    /** Datagrams the kernel dropped for a full receive buffer during the scan (any socket). */
    udpReceiveBufferDrops: after.udpDrops - before.udpDrops,
    cpuSeconds: cpu,
    cpuMsPerDomain: { ...cpuMs, total: per(Object.values(cpu).reduce((a, b) => a + b, 0) * 1000, n) },
    perDomain: {
      sqlStatements: per(pg.statements, n),
      commits: per(pg.xact_commit, n, 3),
      rowsInserted: per(pg.tup_inserted, n),
      rowsUpdated: per(pg.tup_updated, n),
      redisCommands: per(redis.total, n, 3),
      knotQueries: per(
        Object.entries(knot)
          .filter(([key]) => key.startsWith('mod-stats.request-protocol'))
          .reduce((sum, [, v]) => sum + v, 0),
        n,
      ),
      databaseBytes: per(pg.database_bytes, n, 0),
    },
    /** Where PostgreSQL's execution time went: the costliest statements, µs per domain. */
    statementsTop: topStatements(before.statements, after.statements, n),
    redisTop: Object.fromEntries(
      Object.entries(redis)
        .filter(([key]) => key !== 'total' && key !== 'used_memory_peak_mib')
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6),
    ),
  };
}
