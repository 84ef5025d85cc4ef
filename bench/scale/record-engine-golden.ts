/**
 * Records what the engine reports for the first N synthetic domains against Knot, as one digest
 * per domain (comparable-report.ts), in bench/scale/engine-golden.json. Recorded once from the
 * engine before the throughput work (issue 12); engine-golden.test.ts holds every later engine to it.
 *
 *   tsx bench/scale/record-engine-golden.ts [--count 2000]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createCachingResolver } from '@/audit/dns/caching-resolver';
import { createDnsClient } from '@/audit/dns/dns-client';
import { auditScaleDomains, scaleDomains } from './audit-scale-domains';
import { reportDigest } from './comparable-report';
import { GOLDEN_PATH } from './engine-golden';
import { withScaleKnot } from './scale-knot';

const { values } = parseArgs({ options: { count: { type: 'string' } } });
const count = Number(values.count ?? 2000);
const digests = await withScaleKnot(count, async ({ port }) => {
  const client = createDnsClient({ servers: [{ host: '127.0.0.1', port }] });
  try {
    const resolver = createCachingResolver(client, { maxEntries: 200_000, maxTtlSeconds: 3600 });
    const byDomain: Record<string, string> = {};
    await auditScaleDomains(scaleDomains(count), { resolver, concurrency: 32 }, (report) => {
      if (report.status !== 'complete') throw new Error(`${report.domain}: ${report.status}`);
      byDomain[report.domain] = reportDigest(report);
    });
    return byDomain;
  } finally {
    client.close();
  }
});
const sorted = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(GOLDEN_PATH, `${JSON.stringify({ count, digests: sorted }, null, 0)}\n`);
console.log(`${count} report digests written to ${GOLDEN_PATH}`);
