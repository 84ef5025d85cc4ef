import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer, viewerOfToken } from '@/lib/auth/viewer';
import { approveComplianceException } from '@/lib/compliance/approve-compliance-exception';
import { followedVersions } from '@/lib/compliance/profile-versions';
import { recomputeGroupCompliance } from '@/lib/compliance/recompute-group-compliance';
import { requestComplianceException } from '@/lib/compliance/request-compliance-exception';
import { setGroupProfiles } from '@/lib/compliance/set-group-profiles';
import { syncBuiltinProfiles } from '@/lib/compliance/sync-builtin-profiles';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { closeQueues, maintenanceQueue } from '@/lib/queue';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { statusShare } from './comparison-shares';
import { getGroupComparison } from './get-group-comparison';
import { loadGroupSnapshots } from './load-group-snapshots';

const WEEKS = ['2026-03-02', '2026-03-09'] as const;
const at = (day: string) => new Date(`${day}T03:00:00Z`);
const MX = [{ preference: 10, exchange: 'mx.example.test' }];

// stays publishes SPF throughout; gains publishes it from the second week; leaves is moved out of
// the group and joins is put in it in the second week; down's SPF lookup times out in week two.
const zone = (week: number): MemoryZone => ({
  'stays.example.test': { TXT: [['v=spf1 -all']], MX },
  'gains.example.test': week === 0 ? { MX } : { TXT: [['v=spf1 -all']], MX },
  'leaves.example.test': { TXT: [['v=spf1 -all']], MX },
  'joins.example.test': { TXT: [['v=spf1 -all']], MX },
  'down.example.test': week === 0 ? { TXT: [['v=spf1 -all']], MX } : { TXT: 'timeout', MX },
});

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;
const ids: Record<string, string> = {};

async function register(ascii: string, day: string, groups: string[]) {
  await db.$transaction(async (tx) => {
    const domain = await registerDomain(tx, { ascii, unicode: ascii, now: at(day) });
    await applyDomainGroups(tx, domain.id, groups, at(day));
    ids[ascii] = domain.id;
  });
}

beforeAll(async () => {
  scratch = await createScratchDatabase('comparison');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  await syncBuiltinProfiles(db);
  const jp = await db.complianceProfile.findUniqueOrThrow({
    where: { builtinKey: 'jp-dmarc-guideline-2024' },
  });
  groupId = (await db.group.create({ data: { name: 'ministries' } })).id;
  await setGroupProfiles(groupId, [jp.id], { userId: null, label: 'test' }, db);
  vi.useFakeTimers({ toFake: ['Date'] });
  for (const [week, day] of WEEKS.entries()) {
    vi.setSystemTime(at(day));
    if (week === 0)
      for (const ascii of ['stays', 'gains', 'leaves', 'down'])
        await register(`${ascii}.example.test`, day, [groupId]);
    if (week === 1) {
      await register('joins.example.test', day, [groupId]);
      await applyDomainGroups(db, ids['leaves.example.test'] ?? '', [], at(day));
    }
    const domains = await db.domain.findMany({ select: { id: true, ascii: true } });
    await scanDomains(db, domains, createMemoryResolver(zone(week)));
  }
  vi.useRealTimers();
  await recomputeGroupCompliance(db, [groupId]);
}, 120_000);

afterAll(async () => {
  await maintenanceQueue().obliterate({ force: true });
  await closeQueues();
  await scratch?.drop();
});

describe('loadGroupSnapshots', () => {
  it('reads each member as of the day from change points: the latest row on or before it', async () => {
    // stays' second scan changed nothing: its history is one row, read for both days.
    expect(await db.domainDailyStatus.count({ where: { domainId: ids['stays.example.test'] } })).toBe(1);
    const profiles = await followedVersions(db, [groupId]);
    const versions = profiles.map((v) => v.versionId);
    const [before, between, after] = await loadGroupSnapshots(db, groupId, profiles, [
      '2026-03-01',
      '2026-03-05',
      '2026-03-20',
    ]);
    expect(before?.members).toEqual([]);
    const spf = (snapshot: typeof between) =>
      Object.fromEntries((snapshot?.members ?? []).map((m) => [m.ascii.split('.')[0], m.flags.spfPublished]));
    expect(spf(between)).toEqual({ down: true, gains: false, leaves: true, stays: true });
    expect(spf(after)).toEqual({ down: null, gains: true, joins: true, stays: true });
    const stays = after?.members.find((m) => m.ascii === 'stays.example.test');
    expect(stays?.judgements[versions[0] ?? '']?.requirements['spf-published']).toBe('compliant');
  });

  it('counts the same as compliance_rollups on a day with figures', async () => {
    const [version] = await followedVersions(db, [groupId]);
    const [snapshot] = await loadGroupSnapshots(db, groupId, version ? [version] : [], [WEEKS[1]]);
    const rollup = await db.complianceRollup.findUniqueOrThrow({
      where: {
        groupId_profileVersionId_requirement_day: {
          groupId,
          profileVersionId: version?.versionId ?? '',
          requirement: 'spf-published',
          day: new Date(`${WEEKS[1]}T00:00:00Z`),
        },
      },
    });
    const share = statusShare(
      (snapshot?.members ?? []).map(
        (m) => m.judgements[version?.versionId ?? '']?.requirements['spf-published'] ?? 'unknown',
      ),
    );
    expect(share.statuses).toEqual(
      Object.fromEntries(
        Object.entries({
          compliant: rollup.compliant,
          not_compliant: rollup.notCompliant,
          unknown: rollup.unknown,
          not_applicable: rollup.notApplicable,
        }).filter(([, n]) => n > 0),
      ),
    );
  });
});

describe('getGroupComparison', () => {
  it("compares the group's two days, within the viewer's scope", async () => {
    const comparison = await getGroupComparison(
      systemViewer(),
      groupId,
      { from: '2026-03-05', to: '2026-03-20' },
      db,
    );
    const names = (kind: 'improved' | 'regressed' | 'added' | 'removed') =>
      comparison?.domains[kind].rows.map((r) => r.ascii);
    expect(names('improved')).toEqual(['gains.example.test']);
    expect(names('regressed')).toEqual([]);
    expect(names('added')).toEqual(['joins.example.test']);
    expect(names('removed')).toEqual(['leaves.example.test']);
    const spf = comparison?.metrics.find((m) => m.metric === 'spfPublished');
    expect([spf?.before.percent, spf?.after.percent, spf?.points]).toEqual([75, 100, 25]);
    expect(comparison?.profiles[0]?.requirements.map((r) => r.requirement)).toContain('spf-published');
    const outsider = viewerOfToken(randomUUID(), 'admin', [
      (await db.group.create({ data: { name: 'x' } })).id,
    ]);
    expect(
      await getGroupComparison(outsider, groupId, { from: '2026-03-05', to: '2026-03-20' }, db),
    ).toBeNull();
  });
});

describe('getGroupComparison with an exception', () => {
  it('lays the exceptions in force on each day over the judgements, as compliance_rollups count them', async () => {
    const editor = (name: string) =>
      db.user.create({ data: { email: `${name}@example.test`, role: 'editor', passwordHash: 'x' } });
    const [requester, approver] = [await editor('asks'), await editor('approves')];
    const [version] = await followedVersions(db, [groupId]);
    const person = (user: { id: string; email: string }) => ({ userId: user.id, label: user.email });
    // No member publishes DMARC: a group-wide exception from 2026-03-06 covers them all on the later day.
    const asked = await requestComplianceException(
      {
        profileId: version?.profileId ?? '',
        requirement: 'dmarc-published',
        domainId: null,
        groupId,
        justification: 'Gateway replaced in April.',
        startsOn: '2026-03-06',
        expiresOn: '2026-04-30',
      },
      person(requester),
      db,
      '2026-03-06',
    );
    if (!asked.ok) throw new Error(asked.code);
    const approved = await approveComplianceException(
      asked.id,
      approver,
      person(approver),
      db,
      at('2026-03-06'),
    );
    expect(approved).toEqual({ ok: true });
    await recomputeGroupCompliance(db, [groupId]);
    const comparison = await getGroupComparison(
      systemViewer(),
      groupId,
      { from: '2026-03-05', to: WEEKS[1] },
      db,
    );
    const rows = comparison?.profiles[0]?.requirements ?? [];
    const rollup = (requirement: string) =>
      db.complianceRollup.findUniqueOrThrow({
        where: {
          groupId_profileVersionId_requirement_day: {
            groupId,
            profileVersionId: version?.versionId ?? '',
            requirement,
            day: new Date(`${WEEKS[1]}T00:00:00Z`),
          },
        },
      });
    for (const requirement of ['dmarc-published', '']) {
      const stored = await rollup(requirement);
      const after = rows.find((r) => r.requirement === requirement)?.after.statuses ?? {};
      expect({ requirement, ...after }).toEqual({
        requirement,
        ...Object.fromEntries(
          Object.entries({
            compliant: stored.compliant,
            not_compliant: stored.notCompliant,
            unknown: stored.unknown,
            not_applicable: stored.notApplicable,
            exempted: stored.exempted,
          }).filter(([, n]) => n > 0),
        ),
      });
    }
    expect((await rollup('dmarc-published')).exempted).toBe(4);
    // The earlier day is before the exception: nothing exempted then.
    const before = rows.find((r) => r.requirement === 'dmarc-published')?.before.statuses ?? {};
    expect(before.exempted).toBeUndefined();
  });
});
