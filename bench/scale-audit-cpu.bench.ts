/**
 * How the workers' CPU splits between auditing and storing: audits the first N synthetic domains
 * (bench/scale) against a Knot server, in one process with one run cache, as a worker does but
 * without the database or the queue, and prints wall time, CPU ms per domain and queries per domain.
 * Compare with the CPU per domain of a scale run's workers (bench/scale/scale.sh) to see what the
 * database writes and BullMQ add.
 *
 *   tsx bench/scale-audit-cpu.bench.ts --count 2000 [--concurrency 32]
 */
import { parseArgs } from 'node:util';
import { auditScaleDomains, scaleDomains } from '@/bench/scale/audit-scale-domains';
import { withScaleKnot } from '@/bench/scale/scale-knot';
import { createScanDns } from '@/lib/scans/scan-dns';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { count: { type: 'string' }, concurrency: { type: 'string' } },
  });
  const count = Number(values.count ?? 2000);
  const concurrency = Number(values.concurrency ?? 32);
  await withScaleKnot(count, async (knot) => {
    const dns = await createScanDns({
      KENSA_DNS_SERVERS: `127.0.0.1:${knot.port}`,
      KENSA_DNS_QPS: 0,
      KENSA_DNS_TIMEOUT_MS: 2000,
      KENSA_DNS_TRIES: 3,
    });
    try {
      const resolver = dns.resolverFor('bench');
      const domains = scaleDomains(count);
      const before = await knot.queriesReceived();
      const cpu = process.cpuUsage();
      const started = performance.now();
      let queries = 0;
      let partial = 0;
      await auditScaleDomains(domains, { resolver, concurrency }, (report) => {
        queries += report.queries;
        if (report.status !== 'complete') partial++;
        JSON.stringify(report); // the worker serializes the report for the database
      });
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const sent = (await knot.queriesReceived()) - before;
      console.log(
        `${count} domains audited (no database, no queue), concurrency ${concurrency}: ` +
          `${(wall / 1000).toFixed(1)} s, ${(count / (wall / 1000)).toFixed(0)} domains/s, ` +
          `${((used.user + used.system) / 1000 / count).toFixed(2)} CPU ms/domain (user ${(used.user / 1000 / count).toFixed(2)}, system ${(used.system / 1000 / count).toFixed(2)}), ${partial} partial`,
      );
      console.log(
        `queries per domain: ${(queries / count).toFixed(1)} asked, ${(sent / count).toFixed(1)} reached Knot`,
      );
    } finally {
      dns.close();
    }
  });
}

await main(process.argv.slice(2));
