import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDnsClient, type DnsClient } from '@/audit/dns/dns-client';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { registerDomain } from '@/lib/domains/register-domain';
import { getAdoptionSeries } from '@/lib/queries/get-adoption-series';
import { recordScanResults } from '@/lib/scans/record-scan-results';
import { KEY_A, KEY_B } from '@/testing/healthy-zone';
import { findFreePort } from '@/testing/knot/find-free-port';
import { startTempKnot, type TempKnot, zoneFile } from '@/testing/knot/temp-knot';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { addDays, dayOf } from './day-of';

// alpha: SPF -all, DMARC p=reject, an Ed25519 key at s1. beta: a parked domain (Null MX, SPF -all).
const zone = (dmarc: string, key: string) =>
  zoneFile(
    'hist.test',
    `
ns                   A    127.0.0.1
mx                   A    192.0.2.25
alpha                TXT  "v=spf1 ip4:192.0.2.0/24 -all"
alpha                MX   10 mx.hist.test.
_dmarc.alpha         TXT  "${dmarc}"
s1._domainkey.alpha  TXT  "v=DKIM1; k=ed25519; p=${key}"
beta                 TXT  "v=spf1 -all"
beta                 MX   0 .
`,
  );

let knot: TempKnot;
let scratch: ScratchDatabase;
let db: PrismaClient;
let dns: DnsClient;
let domains: Array<{ id: string; ascii: string }>;
const today = dayOf(new Date());

beforeAll(async () => {
  [knot, scratch] = await Promise.all([
    startTempKnot({ 'hist.test': zone('v=DMARC1; p=reject; rua=mailto:d@alpha.hist.test', KEY_A) }),
    createScratchDatabase('scan_history'),
  ]);
  db = scratch.db;
  dns = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], timeoutMs: 1000 });
  domains = await db.$transaction(async (tx) => [
    await registerDomain(tx, { ascii: 'alpha.hist.test', unicode: 'alpha.hist.test' }),
    await registerDomain(tx, { ascii: 'beta.hist.test', unicode: 'beta.hist.test' }),
  ]);
}, 120_000);

afterAll(async () => {
  dns?.close();
  await Promise.all([knot?.stop(), scratch?.drop()]);
});

afterEach(() => vi.useRealTimers());

const alphaId = () => domains[0]?.id as string;
/** A scan's adoption flags are its report body's (scan_reports). */
const WITH_FLAGS = {
  storedReport: {
    select: { spfPublished: true, dmarcPublished: true, dmarcEnforcing: true, dkimPublished: true },
  },
} as const;
const rollup = (day: string) =>
  db.adoptionRollup.findMany({ where: { scope: 'all', day: new Date(`${day}T00:00:00Z`) } });

describe('scanning, editing the zone and rescanning', () => {
  it('the first complete scan stores flags, findings, keys, state, day status and rollups, and no event', async () => {
    await scanDomains(db, domains, dns);
    const scans = await db.domainScan.findMany({ where: { domainId: alphaId() }, include: WITH_FLAGS });
    expect(scans).toEqual([
      expect.objectContaining({
        status: 'complete',
        storedReport: expect.objectContaining({ dmarcEnforcing: true, dkimPublished: true }),
      }),
    ]);
    expect(await db.domainEvent.count()).toBe(0);
    expect(await db.dkimKey.count({ where: { domainId: alphaId() } })).toBe(1);
    const state = await db.domainCurrentState.findUniqueOrThrow({ where: { domainId: alphaId() } });
    expect(state).toMatchObject({
      stale: false,
      completeRunNumber: scans[0]?.runNumber,
      dmarcEnforcing: true,
    });
    expect(await rollup(today)).toEqual([
      expect.objectContaining({
        domains: 2,
        unknown: 0,
        spfPublished: 2,
        dmarcEnforcing: 1,
        nullMx: 1,
        dkimPublished: 1,
      }),
    ]);
  });

  it('a rescan after the zone changed shows exactly the change', async () => {
    await knot.writeZone('hist.test', zone('v=DMARC1; p=none; rua=mailto:d@alpha.hist.test', KEY_B));
    await knot.reload('hist.test');
    await scanDomains(db, domains, dns);

    const events = await db.domainEvent.findMany({ orderBy: [{ kind: 'asc' }, { subject: 'asc' }] });
    expect(events.map((e) => `${e.kind} ${e.subject}`)).toEqual([
      'finding_appeared dmarc.policy-none',
      'record_changed dmarc',
      'dkim_key_rotated s1',
      'policy_weakened dmarc',
      'policy_weakened dmarc-enforcing',
    ]);
    expect(new Set(events.map((e) => e.domainId))).toEqual(new Set([alphaId()]));

    const history = await db.domainScan.findMany({
      where: { domainId: alphaId() },
      orderBy: { finishedAt: 'asc' },
      include: WITH_FLAGS,
    });
    const flags = history.map((s) => s.storedReport);
    expect(flags.map((f) => [f?.dmarcPublished, f?.dmarcEnforcing, f?.dkimPublished])).toEqual([
      [true, true, true],
      [true, false, true],
    ]);
    expect(await db.dkimKey.count({ where: { domainId: alphaId() } })).toBe(2);
    const state = await db.domainCurrentState.findUniqueOrThrow({ where: { domainId: alphaId() } });
    expect(state).toMatchObject({
      completeRunNumber: history[1]?.runNumber,
      dmarcEnforcing: false,
      stale: false,
    });
    expect(state.findingIds).toContain('dmarc.policy-none');
    const day = await db.domainDailyStatus.findMany({ where: { domainId: alphaId() } });
    expect(day).toEqual([
      expect.objectContaining({ runNumber: history[1]?.runNumber, unknown: false, dmarcEnforcing: false }),
    ]);
    expect(await rollup(today)).toEqual([
      expect.objectContaining({
        domains: 2,
        unknown: 0,
        dmarcPublished: 1,
        dmarcEnforcing: 0,
        dkimPublished: 1,
      }),
    ]);
  });

  it('a partial rescan next day keeps the last complete state, marks it stale and the day unknown, never missing', async () => {
    const dead = createDnsClient({
      servers: [{ host: '127.0.0.1', port: await findFreePort() }],
      timeoutMs: 100,
      tries: 1,
    });
    const tomorrow = addDays(today, 1);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 86_400_000 });
    try {
      await scanDomains(db, domains, dead);
    } finally {
      dead.close();
    }
    const latest = await db.domainScan.findFirstOrThrow({
      where: { domainId: alphaId() },
      orderBy: { finishedAt: 'desc' },
      include: WITH_FLAGS,
    });
    expect(latest).toMatchObject({
      status: 'partial',
      storedReport: { spfPublished: null, dmarcPublished: null },
    });
    const state = await db.domainCurrentState.findUniqueOrThrow({ where: { domainId: alphaId() } });
    expect(state).toMatchObject({ stale: true, lastRunNumber: latest.runNumber, lastScanStatus: 'partial' });
    expect(state).toMatchObject({ spfPublished: true, dmarcPublished: true, dkimPublished: true });
    expect(state.staleReason).toMatch(/^DNS timeout for \S+ [A-Z]+/);
    expect(state.findingIds).toContain('dmarc.policy-none');
    expect(await db.domainEvent.count()).toBe(5);
    expect(
      await db.domainDailyStatus.findUniqueOrThrow({
        where: { domainId_day: { domainId: alphaId(), day: new Date(`${tomorrow}T00:00:00Z`) } },
      }),
    ).toMatchObject({ unknown: true, spfPublished: null });

    const [series] = await getAdoptionSeries(
      systemViewer(),
      { scopes: ['all'], from: today, to: tomorrow },
      db,
    );
    const [before, after] = series?.points ?? [];
    expect(before?.metrics.spfPublished).toEqual({
      adopted: 2,
      known: 2,
      unknown: 0,
      domains: 2,
      percent: 100,
    });
    expect(after?.metrics.spfPublished).toEqual({
      adopted: 0,
      known: 0,
      unknown: 2,
      domains: 2,
      percent: null,
    });
  });

  it('a result recorded twice (a retried job) writes its history once', async () => {
    const scan = await db.domainScan.findFirstOrThrow({
      where: { domainId: alphaId(), status: 'complete' },
      orderBy: { finishedAt: 'desc' },
      include: { run: { select: { id: true } } },
    });
    const counts = () =>
      Promise.all([db.scanReportFinding.count(), db.domainEvent.count(), db.domainDailyStatus.count()]);
    const before = await counts();
    expect(before[0]).toBeGreaterThan(0);
    const again = {
      domainId: scan.domainId,
      outcome: { status: 'failed', error: 'again' },
    } as const;
    expect(await recordScanResults(scan.run.id, [again], db)).toEqual({ stored: 0, settled: false });
    expect(await counts()).toEqual(before);
    expect(
      await db.domainScan.findUniqueOrThrow({
        where: { runNumber_domainId: { runNumber: scan.runNumber, domainId: scan.domainId } },
      }),
    ).toMatchObject({
      status: 'complete',
    });
  });
});
