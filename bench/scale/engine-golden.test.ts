/**
 * The engine's reports on the first 2,000 synthetic domains equal, field for field (all but
 * `checkedAt` and `queries`), what the engine before the throughput work reported on the same
 * zones (engine-golden.json, recorded by record-engine-golden.ts): making the engine faster must
 * not change one finding. Over UDP (the default) and over pipelined TCP (KENSA_DNS_TRANSPORT=tcp).
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { createScanDns } from '@/lib/scans/scan-dns';
import { auditScaleDomains, scaleDomains } from './audit-scale-domains';
import { reportDigest } from './comparable-report';
import { engineGolden, GOLDEN_PATH } from './engine-golden';
import { withScaleKnot } from './scale-knot';

test('reports on the scale zones equal the pre-issue-12 engine golden, over UDP and over TCP', async () => {
  const golden = engineGolden.parse(JSON.parse(await readFile(GOLDEN_PATH, 'utf8')));
  const differing = await withScaleKnot(golden.count, async ({ port }) => {
    const wrong = { udp: [] as string[], tcp: [] as string[] };
    for (const transport of ['udp', 'tcp'] as const) {
      const dns = await createScanDns({
        KENSA_DNS_SERVERS: `127.0.0.1:${port}`,
        KENSA_DNS_QPS: 0,
        KENSA_DNS_TIMEOUT_MS: 2000,
        KENSA_DNS_TRIES: 3,
        KENSA_DNS_TRANSPORT: transport,
      });
      try {
        const resolver = dns.resolverFor(`golden-${transport}`);
        await auditScaleDomains(scaleDomains(golden.count), { resolver, concurrency: 64 }, (report) => {
          if (golden.digests[report.domain] !== reportDigest(report)) wrong[transport].push(report.domain);
        });
      } finally {
        dns.close();
      }
    }
    return wrong;
  });
  expect(differing).toEqual({ udp: [], tcp: [] });
}, 240_000);
