/**
 * One scale run: N synthetic domains, zones served by a private Knot with query statistics, the
 * domains registered in DATABASE_URL, one scan run for all of them handled by W worker processes.
 * Prints progress, then wall time, domains/s, DNS queries (at Knot and as the workers counted them),
 * status counts, CPU and memory per component; writes the same as JSON. bench/scale/scale.sh starts
 * PostgreSQL and Redis and calls this once per N.
 *
 *   DATABASE_URL=… REDIS_URL=… tsx bench/scale/run-scale-scan.ts --count 10000 --state .kensa/scale \
 *     [--workers 2] [--concurrency 96] [--max-minutes 25] [--pg-pid-file F] [--redis-pid-file F]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPrismaClient } from '@/lib/db';
import { createRedisConnection } from '@/lib/redis';
import { findFreePort } from '@/testing/knot/find-free-port';
import { generateZones } from './generate-zones';
import { treeCpuSeconds } from './process-usage';
import { registerScaleDomains } from './register-domains';
import { type ScanOutcome, scanOutcome, startScan, waitForRun } from './scale-scan-run';
import { startScaleWorkers } from './scale-workers';
import {
  type Counters,
  difference,
  pidFileCpuSeconds,
  postgresCounters,
  redisCounters,
} from './service-counters';
import { startStatsKnot } from './stats-knot';

const argsSchema = z.object({
  count: z.coerce.number().int().min(1),
  state: z.string().default('.kensa/scale'),
  workers: z.coerce.number().int().min(1).max(16).default(2),
  concurrency: z.coerce.number().int().min(1).max(512).default(96),
  'max-minutes': z.coerce.number().positive().default(25),
  'pg-pid-file': z.string().optional(),
  'redis-pid-file': z.string().optional(),
});

const seconds = (ms: number) => Math.round(ms / 100) / 10;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      Object.keys(argsSchema.shape).map((key) => [key, { type: 'string' as const }]),
    ),
  });
  const args = argsSchema.parse(values);
  const env = z.object({ DATABASE_URL: z.string(), REDIS_URL: z.string() }).parse(process.env);
  const dir = resolve(args.state, `n${args.count}`);
  await mkdir(dir, { recursive: true });
  const log = (line: string) => console.log(`[n=${args.count}] ${line}`);

  let t = performance.now();
  const zones = await generateZones(args.count, join(dir, 'zones'));
  log(`zones: ${zones.zones.length} files, ${zones.records} records (${seconds(performance.now() - t)} s)`);
  const port = await findFreePort();
  t = performance.now();
  const knot = await startStatsKnot({ zonesDir: join(dir, 'zones'), port, stateDir: join(dir, 'knot') });
  log(`knot serves them on 127.0.0.1@${port} (loaded in ${seconds(performance.now() - t)} s)`);
  process.env.KENSA_DNS_SERVERS = `127.0.0.1:${port}`;

  const db = createPrismaClient(env.DATABASE_URL);
  const redis = createRedisConnection(env.REDIS_URL);
  const passThrough = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[0].startsWith('KENSA_') && !!e[1]),
  );
  let workers: Awaited<ReturnType<typeof startScaleWorkers>> | undefined;
  try {
    t = performance.now();
    const registered = await registerScaleDomains(db, args.count);
    log(
      `registered ${registered.domains} domains (${registered.added} new) in ${seconds(performance.now() - t)} s`,
    );
    workers = await startScaleWorkers({
      count: args.workers,
      concurrency: args.concurrency,
      dnsServer: `127.0.0.1:${port}`,
      logDir: dir,
      env: passThrough,
    });
    log(`${args.workers} workers ready, concurrency ${args.concurrency} each`);
    const cpuOf = async () => ({
      knotd: treeCpuSeconds(knot.pid),
      postgres: args['pg-pid-file'] ? await pidFileCpuSeconds(args['pg-pid-file']) : 0,
      redis: args['redis-pid-file'] ? await pidFileCpuSeconds(args['redis-pid-file']) : 0,
    });
    const before = {
      knot: await knot.stats(),
      pg: await postgresCounters(db),
      redis: await redisCounters(redis),
      cpu: await cpuOf(),
    };
    const scan = await startScan(db);
    log(
      `scan run ${scan.runId}: ${scan.total} rows and their chunk jobs created in ${seconds(scan.createMs)} s`,
    );
    const run = await waitForRun(db, scan, args['max-minutes'] * 60_000, log);
    const after = {
      knot: await knot.stats(),
      pg: await postgresCounters(db),
      redis: await redisCounters(redis),
      cpu: await cpuOf(),
    };
    const outcome: ScanOutcome = await scanOutcome(db, scan.runId);
    const usage = workers.usage();
    const result = {
      count: args.count,
      workers: args.workers,
      concurrency: args.concurrency,
      ...run,
      createSeconds: seconds(scan.createMs),
      outcome,
      knot: knotQueries(difference(before.knot, after.knot)),
      postgres: difference(before.pg, after.pg),
      redis: redisSummary(difference(before.redis, after.redis), after.redis),
      cpuSeconds: {
        workers: usage.map((u) => u.cpuSeconds),
        ...difference(before.cpu as unknown as Counters, after.cpu as unknown as Counters),
      },
      workerPeakRssMiB: usage.map((u) => Math.round(u.peakRssMiB)),
      failedAttempts: await workers.failures(),
    };
    await writeFile(join(dir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await workers?.stop();
    await knot.stop();
    redis.disconnect();
    await db.$disconnect();
  }
  process.exit(0);
}

function knotQueries(delta: Counters) {
  const pick = (prefix: string) =>
    Object.fromEntries(Object.entries(delta).filter(([key, value]) => key.startsWith(prefix) && value > 0));
  const protocols = pick('mod-stats.request-protocol');
  return {
    total: Object.values(protocols).reduce((sum, n) => sum + n, 0),
    protocols,
    types: pick('mod-stats.query-type'),
    rcodes: pick('mod-stats.response-code'),
  };
}

function redisSummary(delta: Counters, after: Counters) {
  const top = Object.entries(delta)
    .filter(([key]) => key !== 'total' && key !== 'used_memory_peak_mib')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  return {
    commands: delta.total ?? 0,
    top: Object.fromEntries(top),
    peakMemoryMiB: Math.round(after.used_memory_peak_mib ?? 0),
  };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : error);
  process.exit(1);
});
