import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachingResolver } from '@/audit/dns/caching-resolver';
import { createDnsClient, type DnsClient } from '@/audit/dns/dns-client';
import { createLimiter } from '@/audit/dns/limiter';
import type { AuditReport } from '@/audit/report';
import { prisma } from '@/lib/db';
import { recordDmarcReport } from '@/lib/dmarc/record-dmarc-report';
import { SCAN_CHUNK_JOB } from '@/lib/jobs/scan-chunk-job';
import { closeQueues } from '@/lib/queue';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { KEY_A } from '@/testing/healthy-zone';
import { startTempKnot, type TempKnot, zoneFile } from '@/testing/knot/temp-knot';
import { createRun } from '@/testing/scan-fixtures';
import { handleScanChunk } from '@/workers/jobs/scan-chunk';

/**
 * What reports teach the next scan, through the worker's own chunk handler on the test database and
 * a real Knot: a DKIM key at a selector no dictionary holds is found once a report shows it, and
 * unapproved sources sending volume raise `dmarc.unapproved-source` until approved.
 */
const DOMAIN = 'learned-sel.test';
const SELECTOR = 'q7x-2026-reports';
let knot: TempKnot;
let dns: DnsClient;
let domainId: string;
const actor = { userId: null, label: 'tester' };

beforeAll(async () => {
  knot = await startTempKnot({
    [DOMAIN]: zoneFile(
      DOMAIN,
      `@ TXT "v=spf1 ip4:192.0.2.0/24 -all"\n@ MX 10 mx.${DOMAIN}.\nmx A 192.0.2.25\n` +
        `_dmarc TXT "v=DMARC1; p=none; rua=mailto:d@${DOMAIN}"\n` +
        `${SELECTOR}._domainkey TXT "v=DKIM1; k=ed25519; p=${KEY_A}"`,
    ),
  });
  dns = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], timeoutMs: 1000 });
  const domain = await prisma.domain.create({
    data: { ascii: DOMAIN, unicode: DOMAIN, selectors: ['own1'] },
  });
  domainId = domain.id;
}, 120_000);

afterAll(async () => {
  dns?.close();
  await Promise.all([knot?.stop(), closeQueues()]);
});

/** Scans the domain as a worker does and returns what it stored. */
async function scan(): Promise<AuditReport> {
  const runId = await createRun(prisma, [domainId]);
  const job = { name: SCAN_CHUNK_JOB, data: { runId, chunk: 0 }, attemptsMade: 0, opts: { attempts: 1 } };
  const resolver = createCachingResolver(dns, { maxEntries: 1000, maxTtlSeconds: 1 });
  await handleScanChunk(job as unknown as Job, {
    resolverFor: () => resolver,
    audits: createLimiter({ maxInFlight: 2 }),
    batchSize: 10,
  });
  const stored = await prisma.domainScan.findFirstOrThrow({
    where: { run: { id: runId }, domainId },
    include: { storedReport: true },
  });
  return stored.storedReport?.body as unknown as AuditReport;
}

const keySelectors = (report: AuditReport) => report.dkim.keys.map((key) => key.selector);
const findingIds = (report: AuditReport) => report.findings.map((finding) => finding.id);

describe('the next scan after a report', () => {
  it('finds no key before any report, and no unapproved-source finding', async () => {
    const report = await scan();
    expect(keySelectors(report)).not.toContain(SELECTOR);
    expect(findingIds(report)).not.toContain('dmarc.unapproved-source');
  });

  it('probes the selector a report revealed and finds its key; unapproved senders raise the finding', async () => {
    const now = new Date();
    const dmarcReport = sampleReport(
      {
        reportId: 'learn-1',
        policyDomain: DOMAIN,
        begin: new Date(now.getTime() - 86_400_000).toISOString(),
        end: now.toISOString(),
      },
      [
        sampleRecord({
          sourceIp: '192.0.2.25',
          count: 40,
          dkim: [{ domain: DOMAIN, selector: SELECTOR, result: 'pass' }],
        }),
        sampleRecord({
          sourceIp: '198.51.100.66',
          count: 12,
          dkimAligned: 'fail',
          spfAligned: 'fail',
          dkim: [],
        }),
        sampleRecord({
          sourceIp: '198.51.100.67',
          count: 3,
          dkimAligned: 'fail',
          spfAligned: 'fail',
          dkim: [],
        }),
      ],
    );
    const resolver = createCachingResolver(dns, { maxEntries: 100, maxTtlSeconds: 1 });
    await recordDmarcReport(actor, dmarcReport, { route: 'api', label: 'learn.xml' }, { resolver });
    await prisma.dmarcApprovedSource.create({ data: { domainId, sourceIp: '192.0.2.25' } });

    const report = await scan();
    expect(keySelectors(report)).toContain(SELECTOR);
    const finding = report.findings.find((f) => f.id === 'dmarc.unapproved-source');
    // 198.51.100.67 sent 3 messages, under the threshold; the approved source is not counted.
    expect(finding?.evidence).toEqual({ sources: 1, messages: 12, top: ['198.51.100.66 (12)'] });
  });

  it('drops the finding once the remaining source is approved', async () => {
    await prisma.dmarcApprovedSource.create({ data: { domainId, sourceIp: '198.51.100.66' } });
    const report = await scan();
    expect(findingIds(report)).not.toContain('dmarc.unapproved-source');
    expect(keySelectors(report)).toContain(SELECTOR);
  });
});
