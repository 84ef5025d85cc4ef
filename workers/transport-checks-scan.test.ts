import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachingResolver } from '@/audit/dns/caching-resolver';
import { createDnsClient, type DnsClient } from '@/audit/dns/dns-client';
import { createLimiter } from '@/audit/dns/limiter';
import type { AuditReport } from '@/audit/report';
import { prisma } from '@/lib/db';
import { transportAdoptionFlags } from '@/lib/history/transport-adoption-flags';
import { SCAN_CHUNK_JOB } from '@/lib/jobs/scan-chunk-job';
import { closeQueues } from '@/lib/queue';
import { type HttpsFixture, startHttpsFixture } from '@/testing/https/https-fixture-server';
import { findFreePort } from '@/testing/knot/find-free-port';
import { type KnotServer, startKnot } from '@/testing/knot/knot-server';
import { REPO_ROOT } from '@/testing/repo-root';
import { createRun } from '@/testing/scan-fixtures';
import { handleScanChunk } from '@/workers/jobs/scan-chunk';

/**
 * MTA-STS, TLS-RPT and BIMI through the worker's own chunk handler: the fixture zone on a real Knot,
 * the HTTPS answers from a real loopback server with a test CA (testing/https/fixture-sites.ts). The
 * fetcher is production code with only its port, trust store and a loopback exemption injected.
 */
const EXPECTED: Record<string, string[]> = {
  'mta-sts-enforce.test': [],
  'mta-sts-mode-testing.test': ['mta-sts.mode-testing'],
  'mta-sts-mode-none.test': ['mta-sts.mode-none'],
  'mta-sts-max-age-short.test': ['mta-sts.max-age-short'],
  'mta-sts-mx-not-covered.test': ['mta-sts.mx-not-covered'],
  'mta-sts-policy-invalid.test': ['mta-sts.policy-invalid'],
  'mta-sts-policy-certificate.test': ['mta-sts.policy-certificate'],
  'mta-sts-policy-expired.test': ['mta-sts.policy-certificate'],
  'mta-sts-policy-redirect.test': ['mta-sts.policy-redirect'],
  'mta-sts-policy-content-type.test': ['mta-sts.policy-content-type'],
  'mta-sts-policy-too-large.test': ['mta-sts.policy-too-large'],
  'mta-sts-policy-unavailable.test': ['mta-sts.policy-unavailable'],
  'mta-sts-policy-timeout.test': [],
  'mta-sts-missing.test': ['mta-sts.missing', 'tls-rpt.missing'],
  'tls-rpt-record-invalid.test': ['mta-sts.missing', 'tls-rpt.record-invalid'],
  'bimi-logo-good.test': [],
  'bimi-logo-not-tiny-ps.test': ['bimi.logo-not-tiny-ps'],
  'bimi-logo-too-large.test': ['bimi.logo-too-large'],
  'bimi-logo-redirect.test': ['bimi.logo-redirect'],
  'bimi-logo-certificate.test': ['bimi.logo-certificate'],
  'bimi-logo-unavailable.test': ['bimi.logo-unavailable'],
  'bimi-dmarc-not-enforcing.test': ['bimi.dmarc-not-enforcing'],
  'bimi-no-authority.test': ['bimi.no-authority'],
  'bimi-record-invalid.test': ['bimi.record-invalid'],
  'tls-rpt-multiple-records.test': ['mta-sts.missing', 'tls-rpt.multiple-records'],
  'mta-sts-record-invalid.test': ['mta-sts.record-invalid'],
};
const DOMAINS = Object.keys(EXPECTED);
// A BIMI case domain publishes no MTA-STS (its mta-sts.missing is beside the point): each case is
// judged on the findings of its own family.
const familyOf = (domain: string) => (domain.startsWith('bimi-') ? /^bimi\./ : /^(mta-sts|tls-rpt)\./);

let knot: KnotServer;
let knotState: string;
let server: HttpsFixture;
let dns: DnsClient;
const reports = new Map<string, AuditReport>();

beforeAll(async () => {
  knotState = await mkdtemp(join(tmpdir(), 'kensa-transport-knot-'));
  [knot, server] = await Promise.all([
    findFreePort().then((port) =>
      startKnot({ zonesDir: join(REPO_ROOT, 'fixtures/zones'), port, stateDir: knotState }),
    ),
    startHttpsFixture(),
  ]);
  dns = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], timeoutMs: 2000 });
  const domains = await Promise.all(
    DOMAINS.map((ascii) =>
      prisma.domain.create({ data: { ascii, unicode: ascii }, select: { id: true, ascii: true } }),
    ),
  );
  const runId = await createRun(
    prisma,
    domains.map((d) => d.id),
  );
  const job = { name: SCAN_CHUNK_JOB, data: { runId, chunk: 0 }, attemptsMade: 0, opts: { attempts: 1 } };
  const resolver = createCachingResolver(dns, { maxEntries: 10_000, maxTtlSeconds: 1 });
  await handleScanChunk(job as unknown as Job, {
    resolverFor: () => resolver,
    audits: createLimiter({ maxInFlight: 8 }),
    batchSize: 50,
    https: server.fetcher(10_000), // generous: under a loaded CI a real policy fetch must not hit the hang case's limit
  });
  const stored = await prisma.domainScan.findMany({
    where: { run: { id: runId } },
    include: { storedReport: true },
  });
  for (const scan of stored) {
    const report = scan.storedReport?.body as unknown as AuditReport | undefined;
    if (report) reports.set(report.domain, report);
  }
}, 180_000);

afterAll(async () => {
  dns?.close();
  await Promise.all([knot?.stop(), server?.stop(), closeQueues()]);
  if (knotState) await rm(knotState, { recursive: true, force: true });
});

const transportIds = (domain: string) =>
  (reports.get(domain)?.findings ?? [])
    .map((f) => f.id)
    .filter((id) => familyOf(domain).test(id))
    .sort();

describe('a scan of the MTA-STS, TLS-RPT and BIMI fixture domains', () => {
  it('stores one complete report per domain', () => {
    expect([...reports.keys()].sort()).toEqual([...DOMAINS].sort());
    expect([...reports.values()].filter((r) => r.status !== 'complete').map((r) => r.domain)).toEqual([]);
  });

  it.each(DOMAINS)('%s reports exactly its findings of its family', (domain) => {
    expect(transportIds(domain)).toEqual([...(EXPECTED[domain] ?? [])].sort());
  });

  it('a good MTA-STS domain counts as enforcing with TLS-RPT; a good BIMI domain as published', () => {
    const sts = reports.get('mta-sts-enforce.test') as AuditReport;
    expect(sts.mtaSts).toMatchObject({ status: 'complete', policy: { mode: 'enforce' }, uncoveredMx: [] });
    expect(transportAdoptionFlags(sts)).toMatchObject({
      mtaStsEnforcing: true,
      tlsRptPublished: true,
      bimiPublished: false,
    });
    const bimi = reports.get('bimi-logo-good.test') as AuditReport;
    expect(bimi.bimi).toMatchObject({ status: 'complete', logoValid: true, dmarcEligible: true });
    expect(transportAdoptionFlags(bimi).bimiPublished).toBe(true);
  });

  it('a policy server that hangs is unknown: MTA-STS partial, enforcing unknown, nothing reported missing', () => {
    const report = reports.get('mta-sts-policy-timeout.test') as AuditReport;
    expect(report.mtaSts).toMatchObject({ status: 'partial', policy: null, findings: [] });
    expect(report.mtaSts?.fetchProblem).toMatch(/10000 ms/);
    expect(transportAdoptionFlags(report).mtaStsEnforcing).toBeNull();
  });

  it('a failed policy counts as not enforcing', () => {
    expect(
      transportAdoptionFlags(reports.get('mta-sts-policy-redirect.test') as AuditReport).mtaStsEnforcing,
    ).toBe(false);
  });
});
