import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { type Viewer, viewerOfToken, viewerOfUser } from '@/lib/auth/viewer';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { dayOf } from '@/lib/history/day-of';
import { generateReport } from '@/lib/reports/generate-report';
import { getReport } from '@/lib/reports/get-report';
import { listReports } from '@/lib/reports/list-reports';
import { reportInput } from '@/lib/reports/report-input';
import { createRun, scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { countCurrentFindings } from './count-current-findings';
import { domainListFilter } from './domain-list-filter';
import { getAdoptionSeries } from './get-adoption-series';
import { getDomainScorecard } from './get-domain-scorecard';
import { getDomainState } from './get-domain-state';
import { getGroup } from './get-group';
import { getOverview } from './get-overview';
import { getScanRun } from './get-scan-run';
import { listDomainStates } from './list-domain-states';
import { listDomainsAfter } from './list-domains-after';
import { listFilterOptions } from './list-filter-options';
import { listGroups } from './list-groups';
import { listScanRunResults } from './list-scan-run-results';
import { listScanRuns } from './list-scan-runs';
import { NotVisibleError } from './not-visible';
import { overviewFilter } from './overview-filter';

// Three domains: one in each of two groups (two ministries) and one in none; all scanned.
const zone: MemoryZone = Object.fromEntries(
  ['a.scope.test', 'b.scope.test', 'c.scope.test'].map((name) => [name, { TXT: [['v=spf1 -all']] }]),
);

let scratch: ScratchDatabase;
let ids: { a: string; b: string; c: string; groupA: string; groupB: string; runId: string };
let everything: Viewer;
let ministryA: Viewer;
let nobody: Viewer;

const person = (groupIds: string[] | null) =>
  viewerOfUser({
    id: crypto.randomUUID(),
    email: 'p@kensa.test',
    name: null,
    role: 'editor',
    groupIds,
    mfaEnrolmentRequired: false,
  });

beforeAll(async () => {
  scratch = await createScratchDatabase('visible');
  const db: PrismaClient = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  const register = (ascii: string) => db.$transaction((tx) => registerDomain(tx, { ascii, unicode: ascii }));
  // One after another: three transactions at once can wait past Prisma's 2 s to start on a loaded machine.
  const a = await register('a.scope.test');
  const b = await register('b.scope.test');
  const c = await register('c.scope.test');
  if (!a || !b || !c) throw new Error('registration failed');
  const groupA = (await db.group.create({ data: { name: 'Ministry A' } })).id;
  const groupB = (await db.group.create({ data: { name: 'Ministry B' } })).id;
  await db.$transaction((tx) => applyDomainGroups(tx, a.id, [groupA]));
  await db.$transaction((tx) => applyDomainGroups(tx, b.id, [groupB]));
  const runId = await scanDomains(db, [a, b, c], createMemoryResolver(zone));
  ids = { a: a.id, b: b.id, c: c.id, groupA, groupB, runId };
  everything = person(null);
  ministryA = person([groupA]);
  nobody = viewerOfToken(crypto.randomUUID(), 'viewer', []);
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const allDomains = domainListFilter.parse({});
const asciiOf = (rows: Array<{ ascii: string }>) => rows.map((row) => row.ascii).sort();

describe('a viewer limited to a group', () => {
  it('lists only its group’s domains, in the table, the keyset pages and the filters', async () => {
    expect(asciiOf((await listDomainStates(everything, allDomains)).rows)).toHaveLength(3);
    expect(asciiOf((await listDomainStates(ministryA, allDomains)).rows)).toEqual(['a.scope.test']);
    expect((await listDomainStates(ministryA, allDomains)).total).toBe(1);
    const page = await listDomainsAfter(ministryA, allDomains, { after: null, limit: 10 });
    expect(asciiOf(page.rows)).toEqual(['a.scope.test']);
    expect((await listFilterOptions(ministryA)).groups.map((g) => g.name)).toEqual(['Ministry A']);
    expect((await listGroups(ministryA)).map((g) => g.name)).toEqual(['Ministry A']);
    expect(await listDomainStates(nobody, allDomains)).toMatchObject({ rows: [], total: 0 });
  });

  it('finds nothing outside its scope by id: domains, groups', async () => {
    expect(await getDomainScorecard(ministryA, ids.a)).not.toBeNull();
    expect(await getDomainScorecard(ministryA, ids.b)).toBeNull();
    expect(await getDomainScorecard(ministryA, ids.c)).toBeNull();
    expect(await getDomainState(ministryA, ids.b)).toBeNull();
    expect(await getGroup(ministryA, ids.groupA)).not.toBeNull();
    expect(await getGroup(ministryA, ids.groupB)).toBeNull();
  });

  it('counts findings over its own domains only', async () => {
    const total = (counts: Array<{ domains: number }>) => Math.max(...counts.map((c) => c.domains));
    expect(total(await countCurrentFindings(everything))).toBe(3);
    expect(total(await countCurrentFindings(ministryA))).toBe(1);
  });

  it('reads adoption of its groups only; the overview defaults to them', async () => {
    const today = dayOf(new Date());
    await expect(getAdoptionSeries(ministryA, { scopes: ['all'], from: today, to: today })).rejects.toThrow(
      NotVisibleError,
    );
    await expect(
      getAdoptionSeries(ministryA, { scopes: [ids.groupB], from: today, to: today }),
    ).rejects.toThrow(NotVisibleError);
    const [series] = await getAdoptionSeries(ministryA, { scopes: [ids.groupA], from: today, to: today });
    expect(series?.points.at(-1)?.metrics.spfPublished).toMatchObject({ adopted: 1, known: 1 });
    const overview = await getOverview(ministryA, overviewFilter.parse({}));
    expect(overview.scopes).toEqual([ids.groupA]);
    expect((await getOverview(everything, overviewFilter.parse({}))).scopes).toEqual(['all']);
  });

  it('sees a run that scanned one of its domains, with only its domains’ results', async () => {
    expect((await listScanRuns(ministryA)).map((r) => r.id)).toContain(ids.runId);
    expect((await listScanRuns(nobody)).map((r) => r.id)).toEqual([]);
    const results = await listScanRunResults(ministryA, ids.runId, {
      afterDomainId: null,
      limit: 10,
      withReport: false,
    });
    expect(results.rows.map((row) => row.domain.ascii)).toEqual(['a.scope.test']);
    expect((await getScanRun(ministryA, ids.runId))?.byStatus).toEqual({ complete: 1 });
    expect(await getScanRun(nobody, ids.runId)).toBeNull();
  });

  it('sees a run not yet started by its work list: its own domains as queued, others’ runs not', async () => {
    const db = scratch.db;
    const own = await createRun(db, [ids.a, ids.b]);
    const others = await createRun(db, [ids.b]);
    const runs = (await listScanRuns(ministryA)).map((r) => r.id);
    expect(runs).toContain(own);
    expect(runs).not.toContain(others);
    expect((await getScanRun(ministryA, own))?.byStatus).toEqual({ queued: 1 });
    expect(await getScanRun(ministryA, others)).toBeNull();
    expect((await getScanRun(everything, own))?.byStatus).toEqual({ queued: 2 });
    await db.scanRun.deleteMany({ where: { id: { in: [own, others] } } });
  });

  it('generates and reads reports of its groups only', async () => {
    const today = dayOf(new Date());
    const input = (scopes: string[]) =>
      reportInput.parse({ scopes, from: today, to: today, language: 'en', title: `r ${scopes}` });
    expect(await generateReport(ministryA, input(['all']), SYSTEM_ACTOR)).toEqual({
      ok: false,
      error: 'unknown-group',
    });
    expect(await generateReport(ministryA, input([ids.groupB]), SYSTEM_ACTOR)).toEqual({
      ok: false,
      error: 'unknown-group',
    });
    const own = await generateReport(ministryA, input([ids.groupA]), SYSTEM_ACTOR);
    const others = await generateReport(everything, input([ids.groupA, ids.groupB]), SYSTEM_ACTOR);
    if (!own.ok || !others.ok) throw new Error('report not generated');
    expect(await getReport(ministryA, own.id)).not.toBeNull();
    expect(await getReport(ministryA, others.id)).toBeNull();
    expect(await getReport(everything, others.id)).not.toBeNull();
    expect((await listReports(ministryA, { limit: 10 })).items.map((r) => r.id)).toEqual([own.id]);
  });
});
