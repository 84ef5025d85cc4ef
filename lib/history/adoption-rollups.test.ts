import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { archiveDomainHistory } from '@/lib/domains/archive-domain-history';
import { registerDomain } from '@/lib/domains/register-domain';
import { getAdoptionSeries } from '@/lib/queries/get-adoption-series';
import { getAdoptionSummary } from '@/lib/queries/get-adoption-summary';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { dnssec, starttls } from '@/testing/transport-sections';
import type { AdoptionMetric } from './adoption-flags';
import { refreshAdoptionRollups } from './refresh-adoption-rollups';

// Noon in Tokyo on each day of a working week.
const DAYS = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'] as const;
const at = (day: string) => new Date(`${day}T03:00:00Z`);

// d1 and d3 enforce DMARC; d2 publishes none. On day 4 every lookup of d2 times out.
const zone = (d2Down: boolean): MemoryZone => ({
  'd1.example.test': { TXT: [['v=spf1 -all']] },
  '_dmarc.d1.example.test': { TXT: [['v=DMARC1; p=reject']] },
  'd2.example.test': d2Down ? { fail: 'timeout' } : { TXT: [['v=spf1 -all']] },
  '_dmarc.d2.example.test': d2Down ? { fail: 'timeout' } : {},
  'd3.example.test': { TXT: [['v=spf1 -all']] },
  '_dmarc.d3.example.test': { TXT: [['v=DMARC1; p=reject']] },
});

// From day 3 the reports carry issue 15's sections (days 1–2 are reports stored before them): d1's
// zone is signed, d3's is not; SMTP probing is off for everyone.
const transport = (ascii: string): Partial<AuditReport> =>
  ascii === 'd2.example.test'
    ? {}
    : {
        dnssec: dnssec({ domain: ascii === 'd1.example.test' ? 'secure' : 'insecure' }),
        starttls: starttls([], 'skipped'),
      };

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;

async function onDay(day: string, step: () => Promise<unknown>) {
  vi.setSystemTime(at(day));
  await step();
}

const register = (ascii: string, day: string) =>
  db.$transaction(async (tx) => {
    const domain = await registerDomain(tx, { ascii, unicode: ascii, now: at(day) });
    await applyDomainGroups(tx, domain.id, [groupId], at(day));
    return domain;
  });

const active = () => db.domain.findMany({ where: { archivedAt: null }, select: { id: true, ascii: true } });

beforeAll(async () => {
  scratch = await createScratchDatabase('rollups');
  db = scratch.db;
  groupId = (await db.group.create({ data: { name: 'ministries' } })).id;
  vi.useFakeTimers({ toFake: ['Date'] });
  const d2 = { id: '' };
  for (const [index, day] of DAYS.entries()) {
    await onDay(day, async () => {
      if (index === 0) {
        await register('d1.example.test', day);
        d2.id = (await register('d2.example.test', day)).id;
      }
      if (index === 2) await register('d3.example.test', day);
      if (index === 4) await db.$transaction((tx) => archiveDomainHistory(tx, d2.id, at(day)));
      await scanDomains(db, await active(), createMemoryResolver(zone(index === 3)), (ascii) =>
        index >= 2 ? transport(ascii) : {},
      );
    });
  }
  vi.useRealTimers();
}, 120_000);

afterEach(() => vi.useRealTimers());
afterAll(async () => scratch?.drop());

const series = async (
  view: 'registered' | 'cohort',
  to: string = DAYS[4],
  scope = 'all',
  metric: AdoptionMetric = 'dmarcEnforcing',
) => {
  const [result] = await getAdoptionSeries(systemViewer(), { scopes: [scope], from: DAYS[0], to, view }, db);
  return (result?.points ?? []).map((p) => {
    const m = p.metrics[metric];
    return `${p.day} ${m.adopted}/${m.known} unknown ${m.unknown} of ${m.domains}`;
  });
};

describe('adoption rollups over a week', () => {
  it('registered view: every domain registered that day, unknown ones outside the denominator', async () => {
    expect(await series('registered')).toEqual([
      '2026-01-05 1/2 unknown 0 of 2',
      '2026-01-06 1/2 unknown 0 of 2',
      '2026-01-07 2/3 unknown 0 of 3',
      '2026-01-08 2/2 unknown 1 of 3',
      '2026-01-09 2/2 unknown 0 of 2',
    ]);
  });

  it('cohort view: only domains present for the whole range (d3 joined mid-way, d2 left)', async () => {
    expect(await series('cohort')).toEqual([
      '2026-01-05 1/1 unknown 0 of 1',
      '2026-01-06 1/1 unknown 0 of 1',
      '2026-01-07 1/1 unknown 0 of 1',
      '2026-01-08 1/1 unknown 0 of 1',
      '2026-01-09 1/1 unknown 0 of 1',
    ]);
    expect(await series('cohort', DAYS[3])).toEqual([
      '2026-01-05 1/2 unknown 0 of 2',
      '2026-01-06 1/2 unknown 0 of 2',
      '2026-01-07 1/2 unknown 0 of 2',
      '2026-01-08 1/1 unknown 1 of 2',
    ]);
  });

  it("a metric's own unknowns: reports stored before its check are unknown for it, not 'not adopted'", async () => {
    expect(await series('registered', DAYS[4], 'all', 'dnssecSigned')).toEqual([
      '2026-01-05 0/0 unknown 2 of 2',
      '2026-01-06 0/0 unknown 2 of 2',
      // d2's reports still lack the section; on day 4 its scan failed as well.
      '2026-01-07 1/2 unknown 1 of 3',
      '2026-01-08 1/2 unknown 1 of 3',
      '2026-01-09 1/2 unknown 0 of 2',
    ]);
  });

  it('STARTTLS with probing off is not measured (no known domain, percent null), never 0%', async () => {
    const [result] = await getAdoptionSeries(
      systemViewer(),
      { scopes: ['all'], from: DAYS[0], to: DAYS[4] },
      db,
    );
    for (const point of result?.points ?? [])
      expect(point.metrics.starttlsOffered).toMatchObject({ adopted: 0, known: 0, percent: null });
    const summary = await getAdoptionSummary(
      systemViewer(),
      { scope: 'all', from: DAYS[0], to: DAYS[4] },
      db,
    );
    expect(summary.metrics.starttlsOffered).toMatchObject({
      current: { known: 0, percent: null },
      changePoints: null,
    });
  });

  it('a group has its own rollups, kept by the same membership periods', async () => {
    expect(await series('registered', DAYS[4], groupId)).toEqual(await series('registered'));
    expect(await series('cohort', DAYS[3], groupId)).toEqual(await series('cohort', DAYS[3]));
  });

  it('weeks and months take the last day with data in each bucket', async () => {
    const [weekly] = await getAdoptionSeries(
      systemViewer(),
      { scopes: ['all'], from: '2026-01-01', to: '2026-01-31', granularity: 'week' },
      db,
    );
    expect(weekly?.points.map((p) => [p.bucket, p.day])).toEqual([['2026-01-05', '2026-01-09']]);
    const [monthly] = await getAdoptionSeries(
      systemViewer(),
      { scopes: ['all'], from: '2026-01-06', to: '2026-01-08', granularity: 'month' },
      db,
    );
    expect(monthly?.points.map((p) => [p.bucket, p.day])).toEqual([['2026-01-01', '2026-01-08']]);
  });

  it('summary: adoption at the range end and its change in points, with counts', async () => {
    const summary = await getAdoptionSummary(
      systemViewer(),
      { scope: 'all', from: DAYS[0], to: DAYS[4] },
      db,
    );
    expect(summary).toMatchObject({ day: '2026-01-09', baselineDay: '2026-01-05' });
    expect(summary.metrics.dmarcEnforcing).toMatchObject({
      current: { adopted: 2, known: 2, percent: 100 },
      baseline: { adopted: 1, known: 2, percent: 50 },
      changePoints: 50,
    });
    expect(summary.metrics.spfPublished.changePoints).toBe(0);
    const previous = await getAdoptionSummary(
      systemViewer(),
      { scope: 'all', from: DAYS[3], to: DAYS[4], compare: 'previous' },
      db,
    );
    expect(previous).toMatchObject({ day: '2026-01-09', baselineDay: '2026-01-07' });
    expect(previous.metrics.dmarcEnforcing.changePoints).toBeCloseTo(100 - 200 / 3);
  });

  it('rows moved to a closed period on archiving equal a full recompute', async () => {
    const rows = () =>
      db.adoptionRollup.findMany({
        orderBy: [{ scope: 'asc' }, { day: 'asc' }, { sinceDay: 'asc' }, { untilDay: 'asc' }],
      });
    const kept = await rows();
    expect(kept.some((r) => r.untilDay.toISOString().startsWith('2026-01-08'))).toBe(true);
    await refreshAdoptionRollups(db, { scopes: ['all', groupId], from: DAYS[0], to: DAYS[4] });
    expect(await rows()).toEqual(kept);
  });

  it('rejects invalid input at the boundary', async () => {
    await expect(
      getAdoptionSeries(systemViewer(), { scopes: ['nope'], from: DAYS[0], to: DAYS[1] }, db),
    ).rejects.toThrow();
    await expect(
      getAdoptionSummary(systemViewer(), { scope: 'all', from: DAYS[1], to: DAYS[0] }, db),
    ).rejects.toThrow();
  });
});
