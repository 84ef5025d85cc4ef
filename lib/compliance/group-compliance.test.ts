import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import { systemViewer, viewerOfToken } from '@/lib/auth/viewer';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { complianceRecomputeJobId } from '@/lib/jobs/recompute-compliance-job';
import { getComplianceCards } from '@/lib/queries/get-compliance-cards';
import { getDomainCompliance } from '@/lib/queries/get-domain-compliance';
import { getGroupCompliance } from '@/lib/queries/get-group-compliance';
import { closeQueues, maintenanceQueue } from '@/lib/queue';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { findGroupsToRecompute } from './find-groups-to-recompute';
import type { ProfileDefinition } from './profile-schema';
import { recomputeGroupCompliance } from './recompute-group-compliance';
import { WHOLE_PROFILE } from './refresh-compliance-rollups';
import { saveCustomProfile } from './save-custom-profile';
import { setGroupProfiles } from './set-group-profiles';
import { syncBuiltinProfiles } from './sync-builtin-profiles';

const DAYS = ['2026-02-02', '2026-02-09'] as const;
const at = (day: string) => new Date(`${day}T03:00:00Z`);
const actor: AuditActor = { userId: null, label: 'test' };

// ok enforces everything; late publishes DMARC only in the second week; down's DMARC lookup times out.
const zone = (week: number): MemoryZone => ({
  'ok.example.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.example.test' }] },
  '_dmarc.ok.example.test': { TXT: [['v=DMARC1; p=reject; rua=mailto:d@example.test']] },
  'late.example.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.example.test' }] },
  '_dmarc.late.example.test': week === 0 ? {} : { TXT: [['v=DMARC1; p=none']] },
  'down.example.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.example.test' }] },
  '_dmarc.down.example.test': { TXT: 'timeout' },
});

const custom = (requirements: ProfileDefinition['requirements']): ProfileDefinition => ({
  name: { en: 'Our baseline', ja: '独自基準' },
  description: { en: 'Ours', ja: '独自' },
  source: { title: 'Internal policy 2026', url: null, published: '2026-01' },
  requirements,
});
const text = { title: { en: 't', ja: 't' }, explanation: { en: 'e', ja: 'e' }, source: 'Internal policy §1' };
const SPF_ONLY = custom([
  { id: 'spf', level: 'must', appliesTo: 'all', check: { kind: 'spf-published' }, ...text },
]);
const SPF_AND_DMARC = custom([
  ...SPF_ONLY.requirements,
  {
    id: 'dmarc',
    level: 'must',
    appliesTo: 'all',
    check: { kind: 'dmarc-published', inherit: true },
    ...text,
  },
]);

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;
const profileIds: Record<string, string> = {};

/** The group's rollup rows for a profile's latest version: { day: { requirement: [compliant, not, unknown] } }. */
async function rollups(profileId: string) {
  const rows = await db.$queryRaw<
    Array<{ day: string; requirement: string; c: number; n: number; u: number; version: number }>
  >`
    SELECT r.day::text, r.requirement, r.compliant AS c, r.not_compliant AS n, r.unknown AS u, v.version
    FROM compliance_rollups r JOIN compliance_profile_versions v ON v.id = r.profile_version_id
    WHERE r.group_id = ${groupId}::uuid AND v.profile_id = ${profileId}::uuid
      AND v.version = (SELECT max(version) FROM compliance_profile_versions WHERE profile_id = ${profileId}::uuid)
    ORDER BY r.day, r.requirement`;
  const out: Record<string, Record<string, [number, number, number]>> = {};
  for (const row of rows) {
    out[row.day] ??= {};
    (out[row.day] as Record<string, [number, number, number]>)[row.requirement] = [row.c, row.n, row.u];
  }
  return out;
}

beforeAll(async () => {
  scratch = await createScratchDatabase('compliance');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  expect(await syncBuiltinProfiles(db)).toHaveLength(3);
  for (const p of await db.complianceProfile.findMany()) profileIds[p.builtinKey ?? ''] = p.id;
  groupId = (await db.group.create({ data: { name: 'ministries' } })).id;
  vi.useFakeTimers({ toFake: ['Date'] });
  for (const [week, day] of DAYS.entries()) {
    vi.setSystemTime(at(day));
    if (week === 0)
      for (const ascii of ['ok.example.test', 'late.example.test', 'down.example.test'])
        await db.$transaction(async (tx) => {
          const domain = await registerDomain(tx, { ascii, unicode: ascii, now: at(day) });
          await applyDomainGroups(tx, domain.id, [groupId], at(day));
        });
    // The group follows the JP guideline from the second week: its first scan is judged afterwards.
    if (week === 1) await setGroupProfiles(groupId, [profileIds['jp-dmarc-guideline-2024'] ?? ''], actor, db);
    const domains = await db.domain.findMany({ select: { id: true, ascii: true } });
    await scanDomains(db, domains, createMemoryResolver(zone(week)));
  }
  vi.useRealTimers();
}, 120_000);

afterAll(async () => {
  await maintenanceQueue().obliterate({ force: true });
  await closeQueues();
  await scratch?.drop();
});

describe('a group following profiles', () => {
  it('is judged when a run finishes, and asks a worker to judge the history it had before', async () => {
    const job = await maintenanceQueue().getJob(complianceRecomputeJobId(groupId));
    expect(job?.data).toEqual({ groupId });
    const jp = profileIds['jp-dmarc-guideline-2024'] ?? '';
    // The second week's run was judged at finalize; the first week waits for the recompute.
    expect(Object.keys(await rollups(jp))).toEqual([DAYS[1]]);
    expect(await findGroupsToRecompute(db)).toEqual([]);
    await recomputeGroupCompliance(db, [groupId]);
    const series = await rollups(jp);
    expect(series[DAYS[0]]?.[WHOLE_PROFILE]).toEqual([1, 1, 1]);
    expect(series[DAYS[0]]?.['dmarc-published']).toEqual([1, 1, 1]);
    expect(series[DAYS[1]]?.[WHOLE_PROFILE]).toEqual([2, 0, 1]);
    // should requirements are counted, but do not decide: late's p=none is not enforcing.
    expect(series[DAYS[1]]?.['dmarc-enforcing']).toEqual([1, 1, 1]);
  });

  it('recomputes from stored reports, without a rescan, when the group follows another profile', async () => {
    const scans = await db.domainScan.count();
    const cisa = profileIds['cisa-bod-18-01'] ?? '';
    const jp = profileIds['jp-dmarc-guideline-2024'] ?? '';
    expect(await setGroupProfiles(groupId, [jp, cisa], actor, db)).toEqual({ ok: true, changed: true });
    expect(await setGroupProfiles(groupId, [cisa, jp], actor, db)).toEqual({ ok: true, changed: false });
    expect(await findGroupsToRecompute(db)).toEqual([groupId]);
    await recomputeGroupCompliance(db, [groupId]);
    expect((await rollups(cisa))[DAYS[1]]?.[WHOLE_PROFILE]).toEqual([0, 2, 1]);
    expect(await db.domainScan.count()).toBe(scans);
    const audit = await db.auditEvent.findMany({ where: { action: 'group.compliance-profiles' } });
    expect(audit.map((e) => e.after)).toEqual([{ profiles: [jp] }, { profiles: [jp, cisa].sort() }]);
  });

  it("judges the group against an edited custom profile's new version, keeping the old one's history", async () => {
    const created = await saveCustomProfile({ definition: SPF_ONLY }, actor, db);
    if (!created.ok) throw new Error(created.code);
    await setGroupProfiles(groupId, [created.id], actor, db);
    await recomputeGroupCompliance(db, [groupId]);
    expect((await rollups(created.id))[DAYS[1]]?.[WHOLE_PROFILE]).toEqual([3, 0, 0]);
    expect(await saveCustomProfile({ id: created.id, definition: SPF_AND_DMARC }, actor, db)).toEqual({
      ok: true,
      id: created.id,
      version: 2,
    });
    await recomputeGroupCompliance(db, [groupId]);
    expect((await rollups(created.id))[DAYS[0]]?.[WHOLE_PROFILE]).toEqual([1, 1, 1]);
    const versions = await db.complianceProfileVersion.findMany({
      where: { profileId: created.id },
      select: { id: true },
    });
    const kept = await db.complianceRollup.groupBy({
      by: ['profileVersionId'],
      where: { groupId, profileVersionId: { in: versions.map((v) => v.id) } },
    });
    expect(kept).toHaveLength(2);
    const audit = await db.auditEvent.findMany({ where: { action: { startsWith: 'compliance-profile.' } } });
    expect(audit.map((e) => e.action)).toEqual(['compliance-profile.create', 'compliance-profile.update']);
  });

  it("reads the group's standing, its cards and a member's scorecard section, within the viewer's scope", async () => {
    const jp = profileIds['jp-dmarc-guideline-2024'] ?? '';
    await setGroupProfiles(groupId, [jp], actor, db);
    await recomputeGroupCompliance(db, [groupId]);
    const standing = await getGroupCompliance(systemViewer(), groupId);
    const [profile] = standing?.profiles ?? [];
    expect(profile?.day).toBe(DAYS[1]);
    expect(profile?.counts['']).toMatchObject({ compliant: 2, notCompliant: 0, unknown: 1 });
    const cards = await getComplianceCards(systemViewer(), { groupIds: null, from: DAYS[1], to: DAYS[1] });
    expect(cards.map((c) => [c.summary.current?.percent, c.summary.changePoints])).toEqual([[100, 50]]);
    const down = await db.domain.findUniqueOrThrow({ where: { ascii: 'down.example.test' } });
    const [section] = await getDomainCompliance(systemViewer(), down.id);
    expect(section).toMatchObject({
      status: 'unknown',
      requirements: { 'dmarc-published': 'unknown', 'spf-valid': 'compliant' },
    });
    const other = (await db.group.create({ data: { name: 'elsewhere' } })).id;
    const outsider = viewerOfToken(randomUUID(), 'admin', [other]);
    expect(await getGroupCompliance(outsider, groupId)).toBeNull();
    expect(await getComplianceCards(outsider, { groupIds: null, from: DAYS[1], to: DAYS[1] })).toEqual([]);
    expect(await getDomainCompliance(outsider, down.id)).toEqual([]);
  });

  it('refuses to edit a built-in profile, and syncs built-ins idempotently', async () => {
    const jp = profileIds['jp-dmarc-guideline-2024'] ?? '';
    expect(await saveCustomProfile({ id: jp, definition: SPF_ONLY }, actor, db)).toEqual({
      ok: false,
      code: 'builtin',
    });
    expect(await syncBuiltinProfiles(db)).toEqual([]);
  });

  it('judges each distinct report body once per profile version', async () => {
    const [row] = await db.$queryRaw<Array<{ evaluations: number; distinct: number }>>`
      SELECT count(*)::int AS evaluations, count(DISTINCT (report_id, profile_version_id))::int AS distinct
      FROM compliance_evaluations`;
    expect(row?.evaluations).toBe(row?.distinct);
  });
});
