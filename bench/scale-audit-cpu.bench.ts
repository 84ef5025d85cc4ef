/**
 * How the workers' CPU splits between auditing and storing: audits the first N synthetic domains
 * (bench/scale) against a Knot server, in one process with one run cache, as a worker does but
 * without the database or the queue, and prints wall time, CPU ms per domain and queries per domain.
 * Compare with the CPU per domain of a scale run's workers (bench/scale/scale.sh) to see what the
 * database writes and BullMQ add.
 *
 *   tsx bench/scale-audit-cpu.bench.ts --count 2000 [--concurrency 32]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { auditDomain } from '@/audit/audit-domain';
import { createCachingResolver } from '@/audit/dns/caching-resolver';
import { createDnsClient } from '@/audit/dns/dns-client';
import { generateZones } from '@/bench/scale/generate-zones';
import { startStatsKnot } from '@/bench/scale/stats-knot';
import { syntheticDomain } from '@/bench/scale/synthetic-domain';
import { findFreePort } from '@/testing/knot/find-free-port';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: 'string' }, concurrency: { type: 'string' } },
  });
  const count = Number(values.count ?? 2000);
  const concurrency = Number(values.concurrency ?? 32);
  const root = await mkdtemp(join(tmpdir(), 'kensa-scale-audit-'));
  await generateZones(count, join(root, 'zones'));
  const port = await findFreePort();
  const knot = await startStatsKnot({ zonesDir: join(root, 'zones'), port, stateDir: join(root, 'knot') });
  const client = createDnsClient({ servers: [{ host: '127.0.0.1', port }] });
  try {
    const resolver = createCachingResolver(client, { maxEntries: 200_000, maxTtlSeconds: 3600 });
    const before = await knot.stats();
    const cpu = process.cpuUsage();
    const started = performance.now();
    let next = 0;
    let queries = 0;
    let partial = 0;
    const lane = async () => {
      while (next < count) {
        const domain = syntheticDomain(next++);
        const report = await auditDomain(domain.ascii, {
          resolver,
          selectors: domain.selectors,
          parked: domain.parked,
        });
        queries += report.queries;
        if (report.status !== 'complete') partial++;
        JSON.stringify(report); // the worker serializes the report for the database
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const after = await knot.stats();
    const sent = Object.keys(after)
      .filter((key) => key.startsWith('mod-stats.request-protocol'))
      .reduce((sum, key) => sum + (after[key] ?? 0) - (before[key] ?? 0), 0);
    console.log(
      `${count} domains audited (no database, no queue), concurrency ${concurrency}: ` +
        `${(wall / 1000).toFixed(1)} s, ${(count / (wall / 1000)).toFixed(0)} domains/s, ` +
        `${((used.user + used.system) / 1000 / count).toFixed(1)} CPU ms/domain, ${partial} partial`,
    );
    console.log(
      `queries per domain: ${(queries / count).toFixed(1)} asked, ${(sent / count).toFixed(1)} reached Knot`,
    );
  } finally {
    client.close();
    await knot.stop();
    await rm(root, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
