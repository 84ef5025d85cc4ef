/**
 * One scale run: N synthetic domains, zones served by a private Knot with query statistics, the
 * domains registered in DATABASE_URL, then A-B-A: the bare engine over all N in this process, S scan
 * runs of all of them by W worker processes (the first scan, then rescans that diff), the bare engine
 * again. Prints progress, then per scan the wall time, domains/s, DNS queries, PostgreSQL statements,
 * commits and rows, Redis commands, CPU per component and database growth per domain, and the
 * pipeline-vs-engine ratios; writes the same as JSON. bench/scale/scale.sh starts PostgreSQL and
 * Redis and calls this once per N.
 *
 *   DATABASE_URL=… REDIS_URL=… tsx bench/scale/run-scale-scan.ts --count 10000 --state .kensa/scale \
 *     [--workers 2] [--concurrency 64] [--scans 2] [--engine-count N] [--max-minutes 25] [--pg-pid-file F] [--redis-pid-file F]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPrismaClient } from '@/lib/db';
import { createRedisConnection } from '@/lib/redis';
import { findFreePort } from '@/testing/knot/find-free-port';
import { runEngine } from './engine-run';
import { generateZones } from './generate-zones';
import { measureScan } from './measure-scan';
import { registerScaleDomains } from './register-domains';
import { startScaleWorkers } from './scale-workers';
import { startStatsKnot } from './stats-knot';

const argsSchema = z.object({
  count: z.coerce.number().int().min(1),
  state: z.string().default('.kensa/scale'),
  workers: z.coerce.number().int().min(1).max(16).default(2),
  concurrency: z.coerce.number().int().min(1).max(512).default(64),
  scans: z.coerce.number().int().min(1).max(10).default(2),
  /** Domains the bare engine audits (the first ones): its rate is what matters; default all. */
  'engine-count': z.coerce.number().int().min(1).optional(),
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
    const engine = async (label: string) => {
      const run = await runEngine(args['engine-count'] ?? args.count, args.concurrency, `127.0.0.1:${port}`);
      log(
        `engine ${label}: ${run.seconds} s, ${run.domainsPerSecond} domains/s, ${run.cpuMsPerDomain} CPU ms/domain`,
      );
      return run;
    };
    // Registering N domains leaves autovacuum and a checkpoint due; run now, they would share the
    // two cores with engine A (seen at 100,000: 1,389 domains/s, against 2,514 alone).
    await db.$executeRawUnsafe('VACUUM ANALYZE');
    await db.$executeRawUnsafe('CHECKPOINT');
    const engineBefore = await engine('A');
    const services = {
      db,
      redis,
      knot,
      workers,
      ...(args['pg-pid-file'] ? { pgPidFile: args['pg-pid-file'] } : {}),
      ...(args['redis-pid-file'] ? { redisPidFile: args['redis-pid-file'] } : {}),
    };
    const scans = [];
    for (let k = 1; k <= args.scans; k++) {
      const scan = await measureScan(services, args['max-minutes'] * 60_000, (line) =>
        log(`scan ${k}: ${line}`),
      );
      log(
        `scan ${k}: ${scan.status} in ${scan.wallSeconds} s, ${scan.domainsPerSecond} domains/s, ` +
          `p95 claim → stored ${scan.outcome.domainSeconds.p95} s, ${scan.udpReceiveBufferDrops} UDP datagrams dropped (receive buffers full)`,
      );
      scans.push(scan);
    }
    const engineAfter = await engine('A again');
    const engineRate = (engineBefore.domainsPerSecond + engineAfter.domainsPerSecond) / 2;
    const result = {
      count: args.count,
      workers: args.workers,
      concurrency: args.concurrency,
      engine: [engineBefore, engineAfter],
      scans,
      pipelineVsEngine: scans.map((scan) => Math.round((scan.domainsPerSecond / engineRate) * 100) / 100),
      workerPeakRssMiB: workers.usage().map((u) => Math.round(u.peakRssMiB)),
      failedAttempts: await workers.failures(),
    };
    await writeFile(join(dir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    for (const [k, scan] of scans.entries())
      console.log(
        `[n=${args.count}] scan ${k + 1}: pipeline ${scan.domainsPerSecond} domains/s ÷ engine ${engineRate} ` +
          `domains/s (A-B-A mean) = ${result.pipelineVsEngine[k]}×; CPU ms/domain ${JSON.stringify(scan.cpuMsPerDomain)}; ` +
          `per domain ${JSON.stringify(scan.perDomain)}`,
      );
  } finally {
    await workers?.stop();
    await knot.stop();
    redis.disconnect();
    await db.$disconnect();
  }
  process.exit(0);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : error);
  process.exit(1);
});
