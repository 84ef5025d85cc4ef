import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachingResolver } from '@/audit/dns/caching-resolver';
import { createDnsClient, type DnsClient } from '@/audit/dns/dns-client';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { getDmarcDailySeries } from '@/lib/queries/get-dmarc-daily-series';
import { getDmarcSummary } from '@/lib/queries/get-dmarc-summary';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { findFreePort } from '@/testing/knot/find-free-port';
import { startTempKnot, type TempKnot, zoneFile } from '@/testing/knot/temp-knot';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { recordDmarcReport } from './record-dmarc-report';

/** The ingest core on a real PostgreSQL, with reverse DNS from a real Knot. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let knot: TempKnot;
let dns: DnsClient;
let deadDns: DnsClient;
const actor = { userId: null, label: 'tester' };

beforeAll(async () => {
  [scratch, knot] = await Promise.all([
    createScratchDatabase('dmarc_ingest'),
    startTempKnot({
      '113.0.203.in-addr.arpa': zoneFile(
        '113.0.203.in-addr.arpa',
        '5 PTR mail-5.outbound.protection.outlook.com.\n7 PTR relay.reports.test.',
      ),
    }),
  ]);
  db = scratch.db;
  dns = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], timeoutMs: 1000 });
  // Nothing listens there: every lookup times out, as a resolver that is down.
  deadDns = createDnsClient({
    servers: [{ host: '127.0.0.1', port: await findFreePort() }],
    timeoutMs: 100,
    tries: 1,
  });
}, 120_000);

afterAll(async () => {
  dns?.close();
  deadDns?.close();
  await Promise.all([knot?.stop(), scratch?.drop()]);
});

const live = () => ({
  db,
  resolver: createCachingResolver(dns, { maxEntries: 100, maxTtlSeconds: 60 }),
  timeZone: 'Asia/Tokyo',
});

describe('recordDmarcReport', () => {
  it('stores a report with its records, its days, its sources and its audit entry, for an unregistered domain too', async () => {
    const report = sampleReport({ reportId: 'first' }, [
      sampleRecord({ sourceIp: '203.0.113.5', count: 24 }),
      sampleRecord({
        sourceIp: '203.0.113.9',
        count: 6,
        dkimAligned: 'fail',
        spfAligned: 'fail',
        disposition: 'reject',
      }),
    ]);
    const result = await recordDmarcReport(actor, report, { route: 'upload', label: 'a.xml' }, live());
    expect(result).toMatchObject({ status: 'stored', registered: false });
    if (result.status !== 'stored') return;
    const stored = await db.dmarcReport.findUniqueOrThrow({
      where: { id: result.id },
      include: { records: true, days: { orderBy: { day: 'asc' } } },
    });
    expect(stored).toMatchObject({
      route: 'upload',
      label: 'a.xml',
      messages: 30n,
      policyDomain: 'reports.test',
    });
    expect(stored.records).toHaveLength(2);
    // A UTC day in Tokyo: 15 hours on the 30th, 9 on the 1st (24 pass → 15 + 9; 6 fail → 4 + 2).
    expect(stored.days.map((d) => [d.day.toISOString().slice(0, 10), d.pass, d.fail, d.rejected])).toEqual([
      ['2026-11-30', 15n, 4n, 4n],
      ['2026-12-01', 9n, 2n, 2n],
    ]);
    const sources = await db.dmarcSource.findMany({ orderBy: { ip: 'asc' } });
    expect(sources.map((s) => [s.ip, s.reverseStatus, s.reverseName, s.provider])).toEqual([
      ['203.0.113.5', 'name', 'mail-5.outbound.protection.outlook.com', 'microsoft'],
      ['203.0.113.9', 'none', null, null],
    ]);
    const audit = await db.auditEvent.findMany({
      where: { action: 'dmarc-report.record', targetId: result.id },
    });
    expect(audit).toHaveLength(1);
  });

  it('stores the same report once whatever the route, also when two arrivals race', async () => {
    const report = sampleReport({ reportId: 'twice' });
    const [a, b] = await Promise.all([
      recordDmarcReport(actor, report, { route: 'imap', label: 'INBOX 1' }, live()),
      recordDmarcReport(actor, report, { route: 'api', label: 'b.xml' }, live()),
    ]);
    const again = await recordDmarcReport(actor, report, { route: 'cli', label: 'c.xml' }, live());
    expect([a.status, b.status].sort()).toEqual(['duplicate', 'stored']);
    expect(again.status).toBe('duplicate');
    const rows = await db.dmarcReport.findMany({ where: { reportId: 'twice' }, include: { records: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.records).toHaveLength(1);
    expect(
      await db.auditEvent.count({ where: { action: 'dmarc-report.record', targetId: rows[0]?.id } }),
    ).toBe(1);
  });

  it('says when the policy domain is registered', async () => {
    await db.domain.create({ data: { ascii: 'known.test', unicode: 'known.test' } });
    const result = await recordDmarcReport(
      actor,
      sampleReport({ reportId: 'k', policyDomain: 'known.test' }),
      { route: 'api', label: 'k.xml' },
      live(),
    );
    expect(result).toMatchObject({ status: 'stored', registered: true });
  });

  it('stores a failed reverse lookup as unknown, never as no name, and asks again next time', async () => {
    const report = sampleReport({ reportId: 'dead-dns' }, [sampleRecord({ sourceIp: '203.0.113.7' })]);
    const deps = { db, resolver: deadDns, reverseLimits: { concurrency: 2, budgetMs: 5_000 } };
    expect((await recordDmarcReport(actor, report, { route: 'api', label: 'd.xml' }, deps)).status).toBe(
      'stored',
    );
    expect(await db.dmarcSource.findUnique({ where: { ip: '203.0.113.7' } })).toMatchObject({
      reverseStatus: 'unknown',
      reverseName: null,
    });
    const later = sampleReport({ reportId: 'live-dns' }, [sampleRecord({ sourceIp: '203.0.113.7' })]);
    await recordDmarcReport(actor, later, { route: 'api', label: 'e.xml' }, live());
    expect(await db.dmarcSource.findUnique({ where: { ip: '203.0.113.7' } })).toMatchObject({
      reverseStatus: 'name',
      reverseName: 'relay.reports.test',
    });
  });

  it('refuses a report it cannot store, lists it as invalid without content, and stores nothing of it', async () => {
    const report = sampleReport({ reportId: 'x'.repeat(5000) });
    const result = await recordDmarcReport(
      actor,
      report,
      { route: 'upload', label: 'huge\u0000id.xml', sizeBytes: 6000 },
      live(),
    );
    expect(result).toMatchObject({ status: 'refused' });
    const refused = await db.dmarcRefusedInput.findMany();
    expect(refused).toEqual([
      expect.objectContaining({
        fileName: 'huge id.xml',
        sizeBytes: 6000,
        route: 'upload',
        reason: expect.stringContaining('reportId'),
      }),
    ]);
    expect(await db.dmarcReport.count({ where: { label: 'huge id.xml' } })).toBe(0);
  });

  it('learns the selectors a report shows signing as the domain', async () => {
    const report = sampleReport({ reportId: 'sel' }, [
      sampleRecord({ dkim: [{ domain: 'reports.test', selector: 'k7q2-rpt', result: 'pass' }] }),
    ]);
    await recordDmarcReport(actor, report, { route: 'api', label: 's.xml' }, live());
    const learned = await db.dmarcLearnedSelector.findMany({ where: { domain: 'reports.test' } });
    expect(learned.map((l) => l.selector).sort()).toEqual(['k7q2-rpt', 's1']);
  });

  it('keeps counts past 2^31 exact, stored 64-bit and read as numbers', async () => {
    const max = 2_147_483_647;
    const records = [0, 1, 2].map((i) => sampleRecord({ sourceIp: `198.51.100.${i + 1}`, count: max }));
    const report = sampleReport({ reportId: 'huge', policyDomain: 'huge.reports.test' }, records);
    const domain = await db.domain.create({
      data: { ascii: 'huge.reports.test', unicode: 'huge.reports.test' },
    });
    const result = await recordDmarcReport(actor, report, { route: 'api', label: 'huge.xml' }, live());
    expect(result.status).toBe('stored');
    const stored = await db.dmarcReport.findFirstOrThrow({
      where: { reportId: 'huge' },
      include: { days: true },
    });
    expect(stored.messages).toBe(BigInt(3 * max));
    expect(stored.days.reduce((sum, d) => sum + d.pass, 0n)).toBe(BigInt(3 * max));
    const target = { kind: 'domain' as const, id: domain.id };
    const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') };
    const summary = await getDmarcSummary(systemViewer(), target, period, db);
    expect(summary).toMatchObject({ messages: 3 * max, dmarcPass: 3 * max, spfAligned: 3 * max });
    expect(typeof summary.messages).toBe('number');
    const days = await getDmarcDailySeries(systemViewer(), target, period, db);
    expect(days.reduce((sum, d) => sum + d.pass, 0)).toBe(3 * max);
  });
});
