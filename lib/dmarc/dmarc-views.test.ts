import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DmarcReportRecord } from '@/audit/dmarc-report/types';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import { systemViewer, viewerOfToken } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { getDmarcDailySeries } from '@/lib/queries/get-dmarc-daily-series';
import { getDmarcSummary } from '@/lib/queries/get-dmarc-summary';
import { listDmarcRefusedInputs } from '@/lib/queries/list-dmarc-refused-inputs';
import { listDmarcSources } from '@/lib/queries/list-dmarc-sources';
import { listUnregisteredReportDomains } from '@/lib/queries/list-unregistered-report-domains';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { recordDmarcReport } from './record-dmarc-report';
import { setSourceApproval } from './set-source-approval';

/**
 * The DMARC views on the test database: per domain and per group, filtered by the viewer's scope,
 * and the approve flow as the views show it. Reverse DNS comes from an in-memory zone: these tests
 * are about what the queries add up, the ingest test covers Knot.
 */
const A = 'views-a.test';
const B = 'views-b.test';
const PERIOD = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') };
const resolver = createMemoryResolver({
  '5.113.0.203.in-addr.arpa': { PTR: ['o1.outbound.protection.outlook.com'] },
});
const deps = { resolver, timeZone: 'UTC' };
const admin = { userId: null, label: 'tester' };
/** Mail that fails everything: no signature, SPF fail. */
const forged = (): Partial<DmarcReportRecord> => ({
  spfAligned: 'fail',
  dkimAligned: 'fail',
  dkim: [],
  spf: [{ domain: A, scope: 'mfrom', result: 'fail' }],
});
let groupA: string;
let groupB: string;
let domainA: string;
let domainB: string;

async function domainInGroup(ascii: string, group: string): Promise<string> {
  const domain = await prisma.domain.create({ data: { ascii, unicode: ascii } });
  await prisma.domainGroup.create({
    data: { domainId: domain.id, groupId: group, sinceDay: new Date('2026-01-01T00:00:00Z') },
  });
  return domain.id;
}

beforeAll(async () => {
  groupA = (await prisma.group.create({ data: { name: 'DMARC views A' } })).id;
  groupB = (await prisma.group.create({ data: { name: 'DMARC views B' } })).id;
  domainA = await domainInGroup(A, groupA);
  domainB = await domainInGroup(B, groupB);
  const forA = [
    sampleRecord({ sourceIp: '203.0.113.5', count: 100, headerFrom: A }),
    sampleRecord({
      sourceIp: '198.51.100.9',
      count: 30,
      ...forged(),
      headerFrom: A,
    }),
    sampleRecord({
      sourceIp: '198.51.100.10',
      count: 5,
      ...forged(),
      disposition: 'reject',
    }),
  ];
  await recordDmarcReport(
    admin,
    sampleReport({ reportId: 'va-1', policyDomain: A }, forA),
    { route: 'api', label: 'a' },
    deps,
  );
  await recordDmarcReport(
    admin,
    sampleReport(
      { reportId: 'va-2', policyDomain: A, begin: '2026-12-01T00:00:00Z', end: '2026-12-03T00:00:00Z' },
      [
        sampleRecord({
          sourceIp: '203.0.113.5',
          count: 20,
          dkimAligned: 'fail',
          dkim: [{ domain: 'other.example', selector: 's', result: 'pass' }],
        }),
      ],
    ),
    { route: 'upload', label: 'a2' },
    deps,
  );
  await recordDmarcReport(
    admin,
    sampleReport({ reportId: 'vb-1', policyDomain: B }),
    { route: 'api', label: 'b' },
    deps,
  );
  await recordDmarcReport(
    admin,
    sampleReport({ reportId: 'vu-1', policyDomain: 'views-unregistered.test' }),
    { route: 'api', label: 'u' },
    deps,
  );
}, 120_000);

afterAll(async () => {
  await prisma.dmarcReport.deleteMany({ where: { policyDomain: { startsWith: 'views-' } } });
});

const scopedToA = () => viewerOfToken('00000000-0000-7000-8000-000000000001', 'viewer', [groupA]);

describe('DMARC views', () => {
  it('chart a domain’s messages per day by DMARC result, a multi-day report spread over its days', async () => {
    const series = await getDmarcDailySeries(systemViewer(), { kind: 'domain', id: domainA }, PERIOD);
    expect(series).toEqual([
      { day: '2026-11-30', pass: 100, fail: 35, quarantined: 0, rejected: 5 },
      { day: '2026-12-01', pass: 10, fail: 0, quarantined: 0, rejected: 0 },
      { day: '2026-12-02', pass: 10, fail: 0, quarantined: 0, rejected: 0 },
    ]);
  });

  it('list sources with reverse DNS, provider, alignment and alignment failures', async () => {
    const sources = await listDmarcSources(systemViewer(), { kind: 'domain', id: domainA }, PERIOD);
    expect(sources[0]).toEqual({
      ip: '203.0.113.5',
      reverseName: 'o1.outbound.protection.outlook.com',
      reverseStatus: 'name',
      provider: 'microsoft',
      messages: 120,
      dmarcPass: 120,
      spfAligned: 120,
      dkimAligned: 100,
      spfPassUnaligned: 0,
      dkimPassUnaligned: 20,
      approved: false,
    });
    expect(sources.map((s) => s.ip)).toEqual(['203.0.113.5', '198.51.100.9', '198.51.100.10']);
  });

  it('estimate what p=reject would refuse, and how much of it comes from approved sources', async () => {
    const target = { kind: 'domain', id: domainA } as const;
    expect(await getDmarcSummary(systemViewer(), target, PERIOD)).toMatchObject({
      reports: 2,
      messages: 155,
      dmarcPass: 120,
      failingDelivered: 30,
      wouldBeRejected: 35,
      wouldBeRejectedApproved: 0,
      dkimPassUnaligned: 20,
    });
    await setSourceApproval(admin, {
      domainId: domainA,
      sourceIp: '198.51.100.9',
      approved: true,
    });
    expect((await getDmarcSummary(systemViewer(), target, PERIOD)).wouldBeRejectedApproved).toBe(30);
    const sources = await listDmarcSources(systemViewer(), target, PERIOD);
    expect(sources.find((s) => s.ip === '198.51.100.9')?.approved).toBe(true);
    const audit = await prisma.auditEvent.findMany({
      where: { action: 'dmarc-source.approve', targetId: domainA },
    });
    expect(audit.map((e) => e.after)).toEqual([{ sourceIp: '198.51.100.9', approved: true }]);
    // Approving again changes nothing and records nothing; unapproving is recorded.
    await setSourceApproval(admin, {
      domainId: domainA,
      sourceIp: '198.51.100.9',
      approved: true,
    });
    await setSourceApproval(admin, {
      domainId: domainA,
      sourceIp: '198.51.100.9',
      approved: false,
    });
    expect(
      await prisma.auditEvent.count({
        where: { action: { startsWith: 'dmarc-source.' }, targetId: domainA },
      }),
    ).toBe(2);
  });

  it('aggregate a group, and show a scoped viewer only their groups’ reports', async () => {
    const groupSummary = await getDmarcSummary(systemViewer(), { kind: 'group', id: groupA }, PERIOD);
    expect(groupSummary.messages).toBe(155);
    const viewer = scopedToA();
    expect((await getDmarcSummary(viewer, { kind: 'group', id: groupA }, PERIOD)).messages).toBe(155);
    expect(await getDmarcSummary(viewer, { kind: 'domain', id: domainB }, PERIOD)).toMatchObject({
      reports: 0,
      messages: 0,
    });
    expect(await getDmarcDailySeries(viewer, { kind: 'group', id: groupB }, PERIOD)).toEqual([]);
    expect(await listDmarcSources(viewer, { kind: 'domain', id: domainB }, PERIOD)).toEqual([]);
    expect((await listDmarcSources(systemViewer(), { kind: 'domain', id: domainB }, PERIOD)).length).toBe(1);
  });

  it('offer unregistered report domains, and the Invalid list, only to viewers not limited to groups', async () => {
    const offered = await listUnregisteredReportDomains(systemViewer());
    expect(offered.map((d) => d.policyDomain)).toContain('views-unregistered.test');
    expect(offered.map((d) => d.policyDomain)).not.toContain(A);
    expect(await listUnregisteredReportDomains(scopedToA())).toEqual([]);
    expect(await listDmarcRefusedInputs(scopedToA())).toEqual([]);
  });
});
