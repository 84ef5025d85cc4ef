import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SELECTORS } from '@/audit/dkim/selector-dictionary';
import { createDnsClient, type DnsClient } from '@/audit/dns/dns-client';
import type { PrismaClient } from '@/generated/prisma/client';
import { startTempKnot, type TempKnot } from '@/testing/knot/temp-knot';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { DEMO_LEARNED_SELECTOR, demoDmarcReports } from './demo-dmarc-reports';
import { seedDemoDmarcReports } from './seed-dmarc-reports';

/** The demo's reports stored through the ingest core on a real PostgreSQL, DNS from the demo's Knot zone. */
let scratch: ScratchDatabase;
let db: PrismaClient;
let knot: TempKnot;
let dns: DnsClient;
const now = new Date('2026-12-06T12:00:00Z');

beforeAll(async () => {
  [scratch, knot] = await Promise.all([
    createScratchDatabase('demo_dmarc'),
    startTempKnot({ test: await readFile('fixtures/zones/test.zone', 'utf8') }),
  ]);
  db = scratch.db;
  dns = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], timeoutMs: 2000 });
  for (const ascii of ['xn--5vvzyn73a.test', 'healthy.test'])
    await db.domain.create({ data: { ascii, unicode: ascii } });
}, 120_000);

afterAll(async () => {
  dns?.close();
  await Promise.all([knot?.stop(), scratch?.drop()]);
});

describe('demo DMARC reports', () => {
  it('are the same on every run, and reveal a selector no dictionary guesses that the demo zone has a key at', async () => {
    expect(demoDmarcReports('2026-12-06', 21)).toEqual(demoDmarcReports('2026-12-06', 21));
    expect(DEFAULT_SELECTORS).not.toContain(DEMO_LEARNED_SELECTOR);
    const key = await dns.query(`${DEMO_LEARNED_SELECTOR}._domainkey.xn--5vvzyn73a.test`, 'TXT');
    expect(key.outcome).toBe('answer');
    expect(key.records[0]?.join('')).toMatch(/^v=DKIM1; k=ed25519; p=/);
  });

  it('are stored once through the ingest core: several reporters, an unapproved source with volume, the learned selector', async () => {
    const stored = await seedDemoDmarcReports(db, now, { resolver: dns, timeZone: 'UTC' });
    expect(stored).toBe(demoDmarcReports('2026-12-06', 21).length);
    expect(stored).toBeGreaterThan(80);
    expect(await seedDemoDmarcReports(db, now, { resolver: dns, timeZone: 'UTC' })).toBe(0);

    const reporters = await db.dmarcReport.groupBy({ by: ['orgName'], _count: true });
    expect(reporters.map((r) => r.orgName).sort()).toEqual(['Outlook.com', 'Yahoo', 'google.com']);
    const learned = await db.dmarcLearnedSelector.findMany({ select: { selector: true, domain: true } });
    expect(learned).toContainEqual(expect.objectContaining({ selector: DEMO_LEARNED_SELECTOR }));

    const domain = await db.domain.findUniqueOrThrow({ where: { ascii: 'xn--5vvzyn73a.test' } });
    const approved = await db.dmarcApprovedSource.findMany({ where: { domainId: domain.id } });
    expect(approved.map((a) => a.sourceIp).sort()).toEqual(['192.0.2.10', '198.51.100.25', '2001:db8:1::25']);
    const unapproved = await db.dmarcRecord.aggregate({
      where: { sourceIp: '203.0.113.77' },
      _sum: { count: true },
    });
    expect(unapproved._sum.count).toBeGreaterThan(300);
    const forwarded = await db.dmarcRecord.aggregate({
      where: { sourceIp: '192.0.2.200' },
      _sum: { count: true },
    });
    expect(forwarded._sum.count ?? 0).toBeLessThan(10);
  }, 180_000);
});
