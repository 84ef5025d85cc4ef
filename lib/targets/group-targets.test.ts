import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { evaluateRunAlerts } from '@/lib/alerts/evaluate-run-alerts';
import { findTargetBehind } from '@/lib/alerts/find-target-behind';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import { systemViewer, viewerOfToken } from '@/lib/auth/viewer';
import { syncBuiltinProfiles } from '@/lib/compliance/sync-builtin-profiles';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { dateColumn } from '@/lib/history/day-of';
import { getGroupTarget } from '@/lib/queries/get-group-target';
import { listGroupTargets } from '@/lib/queries/list-group-targets';
import { buildTargetsReportSection } from '@/lib/reports/build-targets-report-section';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { createGroupTarget } from './create-group-target';
import { deleteGroupTarget } from './delete-group-target';
import { insertAdoptionDay } from './testing/insert-adoption-day';
import { updateGroupTarget } from './update-group-target';

const actor: AuditActor = { userId: null, label: 'editor@kensa.test' };
/** 03:00 UTC is noon in Tokyo: the day is the same in KENSA_TIME_ZONE. */
const at = (day: string) => new Date(`${day}T03:00:00Z`);
// DMARC enforcing ≥ 95% by 2027-03-31, 80% due on 2026-10-01; set on 2026-01-01 at 50%.
const plan = { percent: 95, deadline: '2027-03-31', milestones: [{ day: '2026-10-01', percent: 80 }] };
const dmarcEnforcing = { kind: 'adoption', metric: 'dmarcEnforcing' } as const;

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;
let otherGroupId: string;
let domain: { id: string; ascii: string };

beforeAll(async () => {
  scratch = await createScratchDatabase('group_targets');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  groupId = (await db.group.create({ data: { name: 'ministries' } })).id;
  otherGroupId = (await db.group.create({ data: { name: 'others' } })).id;
  domain = await db.$transaction(async (tx) => {
    const registered = await registerDomain(tx, { ascii: 'a.targets.test', unicode: 'a.targets.test' });
    await applyDomainGroups(tx, registered.id, [groupId]);
    return registered;
  });
  // A member since 2026, so the alert sees the group scanned on the days it evaluates.
  await db.domainGroup.updateMany({
    where: { domainId: domain.id },
    data: { sinceDay: dateColumn('2026-01-01') },
  });
  await insertAdoptionDay(db, {
    scope: groupId,
    day: '2026-01-01',
    domains: 10,
    metric: 'dmarcEnforcing',
    adopted: 5,
  });
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('group targets', () => {
  it('keeps the value in force when the target is set as its baseline, and audits the creation', async () => {
    const created = await createGroupTarget(
      groupId,
      { metric: dmarcEnforcing, ...plan },
      actor,
      db,
      at('2026-01-01'),
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : '';
    const row = await db.groupTarget.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ metric: 'dmarcEnforcing', percent: 95, baselinePercent: 50 });
    const audit = await db.auditEvent.findMany({ where: { action: 'group-target.create', targetId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorLabel: 'editor@kensa.test',
      targetLabel: 'ministries: DMARC enforcing',
      after: { percent: 95, deadline: '2027-03-31', baselinePercent: 50 },
    });
  });

  it('refuses a past deadline, a profile the group does not follow and an unknown requirement', async () => {
    const past = await createGroupTarget(
      groupId,
      { metric: dmarcEnforcing, ...plan },
      actor,
      db,
      at('2027-04-01'),
    );
    expect(past).toEqual({ ok: false, code: 'deadline_passed' });
    await syncBuiltinProfiles(db);
    const profile = await db.complianceProfile.findFirstOrThrow({
      where: { builtinKey: 'jp-dmarc-guideline-2024' },
    });
    const compliance = (requirement: string) => ({
      metric: { kind: 'compliance' as const, profileId: profile.id, requirement },
      ...plan,
    });
    expect(await createGroupTarget(groupId, compliance(''), actor, db, at('2026-01-01'))).toEqual({
      ok: false,
      code: 'profile_not_followed',
    });
    await db.groupComplianceProfile.create({ data: { groupId, profileId: profile.id } });
    expect(await createGroupTarget(groupId, compliance('no-such'), actor, db, at('2026-01-01'))).toEqual({
      ok: false,
      code: 'unknown_requirement',
    });
    expect(await db.auditEvent.count({ where: { action: 'group-target.create' } })).toBe(1);
  });

  it("reads a compliance target's share from the compliance rollups of the profile's latest version", async () => {
    const profile = await db.complianceProfile.findFirstOrThrow({
      where: { builtinKey: 'jp-dmarc-guideline-2024' },
      include: { versions: true },
    });
    await db.complianceRollup.create({
      data: {
        groupId,
        profileVersionId: profile.versions[0]?.id ?? '',
        requirement: 'spf-valid',
        day: dateColumn('2025-12-20'),
        domains: 4,
        compliant: 1,
        notCompliant: 3,
        unknown: 0,
        notApplicable: 0,
      },
    });
    const metric = { kind: 'compliance' as const, profileId: profile.id, requirement: 'spf-valid' };
    const created = await createGroupTarget(groupId, { metric, ...plan }, actor, db, at('2026-01-01'));
    const id = created.ok ? created.id : '';
    expect((await db.groupTarget.findUniqueOrThrow({ where: { id } })).baselinePercent).toBe(25);
    const [progress] = (
      await listGroupTargets(systemViewer(), { groupIds: [groupId], asOf: '2026-01-01' })
    ).filter((p) => p.target.id === id);
    expect(progress?.target.label.en).toBe(
      'Compliant with JP DMARC introduction guideline (2024): SPF record valid',
    );
    expect(progress?.actual?.percent).toBe(25);
    await deleteGroupTarget(id, actor, db);
  });

  it('shows progress with its status, and only to viewers of the group', async () => {
    const [progress] = await listGroupTargets(systemViewer(), { groupIds: [groupId], asOf: '2026-01-15' });
    expect(progress).toMatchObject({
      status: 'behind',
      actual: { day: '2026-01-01', percent: 50 },
      daysLeft: 440,
    });
    const outsider = viewerOfToken(randomUUID(), 'editor', [otherGroupId]);
    expect(await listGroupTargets(outsider, { groupIds: null })).toEqual([]);
    expect(await getGroupTarget(outsider, progress?.target.id ?? '')).toBeNull();
    const insider = viewerOfToken(randomUUID(), 'viewer', [groupId]);
    expect(await getGroupTarget(insider, progress?.target.id ?? '')).toMatchObject({ groupId });
  });

  it("is in the group report as of the period end, in the report's language, and never for 'all'", async () => {
    const section = await buildTargetsReportSection(
      systemViewer(),
      { scopes: [groupId, 'all'], to: '2026-01-15', language: 'ja' },
      db,
    );
    expect(section.targets.map((t) => [t.scope, t.label, t.status, t.daysLeft])).toEqual([
      [groupId, 'DMARC 強制（quarantine/reject）', 'behind', 440],
    ]);
    expect(section.targets[0]?.chart.at(-1)).toEqual({ day: '2027-03-31', actual: null, expected: 95 });
    const outsider = viewerOfToken(randomUUID(), 'viewer', [otherGroupId]);
    const hidden = await buildTargetsReportSection(
      outsider,
      { scopes: [groupId], to: '2026-01-15', language: 'en' },
      db,
    );
    expect(hidden.targets).toEqual([]);
  });

  it('changes the plan with an audit entry of what changed, and nothing for the same plan', async () => {
    const target = await db.groupTarget.findFirstOrThrow({ where: { groupId, metric: 'dmarcEnforcing' } });
    const changed = await updateGroupTarget(target.id, { ...plan, percent: 90 }, actor, db);
    expect(changed).toEqual({ ok: true, changed: true });
    expect(await updateGroupTarget(target.id, { ...plan, percent: 90 }, actor, db)).toEqual({
      ok: true,
      changed: false,
    });
    expect(
      await updateGroupTarget(target.id, { ...plan, deadline: '2025-12-31', milestones: [] }, actor, db),
    ).toEqual({ ok: false, code: 'deadline_passed' });
    const audit = await db.auditEvent.findMany({ where: { action: 'group-target.update' } });
    expect(audit.map((a) => [a.before, a.after])).toEqual([[{ percent: 95 }, { percent: 90 }]]);
    await updateGroupTarget(target.id, plan, actor, db);
  });
});

describe('the target_behind alert', () => {
  it('fires once per crossing below the trajectory, keyed on the day it crossed', async () => {
    const runId = await scanDomains(
      db,
      [domain],
      createMemoryResolver({ [domain.ascii]: { TXT: [['v=spf1 -all']] } }),
    );
    const keys = async (day: string) =>
      (await findTargetBehind(db, { runId, groupId: null }, day)).map((m) => m.dedupeKey);
    const target = await db.groupTarget.findFirstOrThrow({ where: { groupId, metric: 'dmarcEnforcing' } });
    // 50% stays while the line rises from 50% on 2026-01-01: behind from the next day on.
    expect(await keys('2026-01-15')).toEqual([`behind:${target.id}:2026-01-02`]);
    expect(await keys('2026-01-20')).toEqual([`behind:${target.id}:2026-01-02`]);
    // 70% on 02-01 is above the line until it reaches 70% (day 182: 2026-07-02).
    await insertAdoptionDay(db, {
      scope: groupId,
      day: '2026-02-01',
      domains: 10,
      metric: 'dmarcEnforcing',
      adopted: 7,
    });
    expect(await keys('2026-03-01')).toEqual([]);
    expect(await keys('2026-08-01')).toEqual([`behind:${target.id}:2026-07-03`]);
    expect(await findTargetBehind(db, { runId, groupId: otherGroupId }, '2026-08-01')).toEqual([]);
  });

  it('stores the match once however often the run is evaluated', async () => {
    await db.alertRule.create({
      data: { name: 'behind', kind: 'target_behind', params: {}, groupId, emails: ['a@kensa.test'] },
    });
    const runId = await scanDomains(
      db,
      [domain],
      createMemoryResolver({ [domain.ascii]: { TXT: [['v=spf1 -all']] } }),
    );
    const first = await evaluateRunAlerts(runId, db);
    const again = await evaluateRunAlerts(runId, db);
    expect(first).toMatchObject({ status: 'evaluated', newMatches: 1 });
    expect(again).toMatchObject({ status: 'evaluated', newMatches: 0 });
    const [match] = await db.alertMatch.findMany();
    expect(match?.detail).toMatchObject({ kind: 'target_behind', groupName: 'ministries', percent: 95 });
  });
});
