import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { systemViewer, viewerOfToken } from '@/lib/auth/viewer';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { addDays, dayOf } from '@/lib/history/day-of';
import { findExpiringExceptions } from '@/lib/queries/find-expiring-exceptions';
import { getComplianceException } from '@/lib/queries/get-compliance-exception';
import { getDomainCompliance } from '@/lib/queries/get-domain-compliance';
import { getGroupCompliance } from '@/lib/queries/get-group-compliance';
import { getGroupScorecard } from '@/lib/queries/get-group-scorecard';
import { listGroupExceptions } from '@/lib/queries/list-group-exceptions';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { approveComplianceException } from './approve-compliance-exception';
import { expireComplianceExceptions } from './expire-compliance-exceptions';
import type { ProfileDefinition } from './profile-schema';
import { recomputeGroupCompliance } from './recompute-group-compliance';
import { WHOLE_PROFILE } from './refresh-compliance-rollups';
import { requestComplianceException } from './request-compliance-exception';
import { revokeComplianceException } from './revoke-compliance-exception';

const text = { title: { en: 't', ja: 't' }, explanation: { en: 'e', ja: 'e' }, source: 'Internal policy §1' };
const PROFILE: ProfileDefinition = {
  name: { en: 'Our baseline', ja: '独自基準' },
  description: { en: 'Ours', ja: '独自' },
  source: { title: 'Internal policy 2026', url: null, published: '2026-01' },
  requirements: [
    { id: 'spf', level: 'must', appliesTo: 'all', check: { kind: 'spf-published' }, ...text },
    {
      id: 'dmarc',
      level: 'must',
      appliesTo: 'all',
      check: { kind: 'dmarc-published', inherit: true },
      ...text,
    },
  ],
};
// ok complies; nodmarc publishes no DMARC record; other is in another group.
const ZONE = {
  'ok.example.test': { TXT: [['v=spf1 -all']] },
  '_dmarc.ok.example.test': { TXT: [['v=DMARC1; p=reject']] },
  'nodmarc.example.test': { TXT: [['v=spf1 -all']] },
  'other.example.test': { TXT: [['v=spf1 -all']] },
};

let scratch: ScratchDatabase;
let db: PrismaClient;
const ids = { profile: '', groupA: '', groupB: '', nodmarc: '', ruleA: '', ruleB: '' };
const person = (userId: string): PersonActor => ({ userId, label: userId });
const people = { requester: '', approver: '', viewer: '' };
const today = dayOf(new Date());

async function wholeRollup(day: string) {
  return db.complianceRollup.findFirst({
    where: { groupId: ids.groupA, requirement: WHOLE_PROFILE, day: new Date(`${day}T00:00:00Z`) },
    select: { compliant: true, notCompliant: true, exempted: true },
  });
}

beforeAll(async () => {
  scratch = await createScratchDatabase('exceptions');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  ids.profile = (
    await db.complianceProfile.create({ data: { versions: { create: { version: 1, definition: PROFILE } } } })
  ).id;
  ids.groupA = (await db.group.create({ data: { name: 'A' } })).id;
  ids.groupB = (await db.group.create({ data: { name: 'B' } })).id;
  for (const [ascii, group] of [
    ['ok.example.test', ids.groupA],
    ['nodmarc.example.test', ids.groupA],
    ['other.example.test', ids.groupB],
  ] as const) {
    const domain = await db.$transaction(async (tx) => {
      const registered = await registerDomain(tx, { ascii, unicode: ascii });
      await applyDomainGroups(tx, registered.id, [group]);
      return registered;
    });
    if (ascii === 'nodmarc.example.test') ids.nodmarc = domain.id;
  }
  await db.groupComplianceProfile.create({ data: { groupId: ids.groupA, profileId: ids.profile } });
  await scanDomains(
    db,
    await db.domain.findMany({ select: { id: true, ascii: true } }),
    createMemoryResolver(ZONE),
  );
  await recomputeGroupCompliance(db, [ids.groupA]);
  for (const role of ['requester', 'approver', 'viewer'] as const)
    people[role] = (
      await db.user.create({
        data: {
          email: `${role}@example.test`,
          role: role === 'viewer' ? 'viewer' : 'editor',
          passwordHash: 'x',
        },
      })
    ).id;
  for (const [key, groupId] of [
    ['ruleA', ids.groupA],
    ['ruleB', ids.groupB],
  ] as const)
    ids[key] = (
      await db.alertRule.create({
        data: {
          name: key,
          kind: 'compliance_exception_expired',
          params: {},
          groupId,
          emails: ['a@example.test'],
        },
      })
    ).id;
}, 120_000);

afterAll(async () => {
  vi.useRealTimers();
  await scratch?.drop();
});

const request = (expiresOn: string, domainId: string | null = null, groupId: string | null = null) =>
  requestComplianceException(
    {
      profileId: ids.profile,
      requirement: 'dmarc',
      domainId: domainId ?? (groupId ? null : ids.nodmarc),
      groupId,
      justification: 'Legacy mail gateway replaced in Q1; DMARC follows.',
      startsOn: today,
      expiresOn,
    },
    person(people.requester),
    db,
  );

describe('comply-or-explain exceptions', () => {
  let exceptionId = '';

  it('need four eyes: the requester cannot approve, nor a viewer, nor the database allow it', async () => {
    const requested = await request(addDays(today, 10));
    if (!requested.ok) throw new Error(requested.code);
    exceptionId = requested.id;
    const approve = (userId: string, role: 'editor' | 'viewer') =>
      approveComplianceException(exceptionId, { role }, person(userId), db);
    expect(await approve(people.requester, 'editor')).toEqual({ ok: false, code: 'same_person' });
    expect(await approve(people.viewer, 'viewer')).toEqual({ ok: false, code: 'forbidden' });
    await expect(
      db.complianceException.update({
        where: { id: exceptionId },
        data: { status: 'approved', approvedById: people.requester },
      }),
    ).rejects.toThrow(/four_eyes/);
    expect((await getGroupCompliance(systemViewer(), ids.groupA))?.profiles[0]?.notCompliant).toHaveLength(1);
    expect(await approve(people.approver, 'editor')).toEqual({ ok: true });
    expect(await approve(people.approver, 'editor')).toEqual({ ok: false, code: 'not_pending' });
  });

  it('refuse an unknown requirement and an expiry already past', async () => {
    const unknown = await requestComplianceException(
      { ...(await baseInput()), requirement: 'dkim' },
      person(people.requester),
      db,
    );
    expect(unknown).toEqual({ ok: false, code: 'unknown_requirement' });
    expect(await request(today)).toEqual({ ok: false, code: 'already_expired' });
  });

  it('count the requirement as exempted, not compliant, on the group page, the scorecard and the rollups', async () => {
    const standing = (await getGroupCompliance(systemViewer(), ids.groupA))?.profiles[0];
    expect(standing?.day).toBe(today);
    expect(standing?.counts[WHOLE_PROFILE]).toMatchObject({ compliant: 1, notCompliant: 0, exempted: 1 });
    expect(standing?.counts.dmarc).toMatchObject({ compliant: 1, notCompliant: 0, exempted: 1 });
    expect(standing?.counts.spf).toMatchObject({ compliant: 2, exempted: 0 });
    expect(standing?.notCompliant).toEqual([]);
    const [scorecard] = await getDomainCompliance(systemViewer(), ids.nodmarc);
    expect(scorecard).toMatchObject({
      status: 'exempted',
      requirements: { spf: 'compliant', dmarc: 'exempted' },
    });
  });

  it('are read only within the viewer scope, and recorded on the timeline and in the audit log', async () => {
    const scopedB = viewerOfToken(people.approver, 'editor', [ids.groupB]);
    const scopedA = viewerOfToken(people.approver, 'editor', [ids.groupA]);
    expect(await getComplianceException(scopedB, exceptionId)).toBeNull();
    expect(await listGroupExceptions(scopedB, ids.groupA)).toEqual([]);
    expect(await findExpiringExceptions(scopedB, { withinDays: 30 })).toEqual([]);
    expect((await getComplianceException(scopedA, exceptionId))?.state).toBe('in_force');
    const expiring = await findExpiringExceptions(systemViewer(), { withinDays: 30, groupId: ids.groupA });
    expect(expiring.map((x) => [x.id, x.subject.kind, x.requestedBy?.label, x.approvedBy?.label])).toEqual([
      [exceptionId, 'domain', 'requester@example.test', 'approver@example.test'],
    ]);
    expect(await findExpiringExceptions(systemViewer(), { withinDays: 9 })).toEqual([]);
    const audit = await db.auditEvent.findMany({
      where: { targetType: 'compliance-exception', targetId: exceptionId },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((e) => [e.action, e.actorUserId, e.targetLabel])).toEqual([
      ['compliance-exception.request', people.requester, 'nodmarc.example.test · dmarc'],
      ['compliance-exception.approve', people.approver, 'nodmarc.example.test · dmarc'],
    ]);
    const events = await db.complianceExceptionEvent.findMany({
      where: { exceptionId },
      orderBy: { at: 'asc' },
    });
    expect(events.map((e) => e.kind)).toEqual(['requested', 'approved']);
  });

  it('expire without a scan: the real status returns, with an event, one alert match and an audit entry', async () => {
    const expiry = addDays(today, 10);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${expiry}T03:00:00Z`));
    expect(await expireComplianceExceptions(db)).toMatchObject({ expired: 1 });
    expect(await expireComplianceExceptions(db)).toEqual({ expired: 0, refreshed: 0 });
    expect(await wholeRollup(addDays(expiry, -1))).toBeNull();
    expect(await wholeRollup(expiry)).toEqual({ compliant: 1, notCompliant: 1, exempted: 0 });
    expect(await wholeRollup(today)).toEqual({ compliant: 1, notCompliant: 0, exempted: 1 });
    const [scorecard] = await getDomainCompliance(systemViewer(), ids.nodmarc);
    expect(scorecard).toMatchObject({ status: 'not_compliant', requirements: { dmarc: 'not_compliant' } });
    expect((await getComplianceException(systemViewer(), exceptionId))?.state).toBe('expired');
    const matches = await db.alertMatch.findMany();
    expect(matches.map((m) => [m.ruleId, m.domainId, m.dedupeKey])).toEqual([
      [ids.ruleA, ids.nodmarc, `exception-expired:${exceptionId}`],
    ]);
    expect(matches[0]?.detail).toMatchObject({ kind: 'compliance_exception_expired', expiresOn: expiry });
    const audit = await db.auditEvent.findFirst({ where: { action: 'compliance-exception.expire' } });
    expect(audit).toMatchObject({ actorUserId: null, actorLabel: 'system', targetId: exceptionId });
    vi.useRealTimers();
  });

  it('are revoked once: a group-wide exception covers failing members and stops applying when revoked', async () => {
    // After the domain's own exception expired (the test above), so only this one can exempt.
    const day = addDays(today, 11);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${day}T03:00:00Z`));
    const requested = await request(addDays(today, 60), null, ids.groupA);
    if (!requested.ok) throw new Error(requested.code);
    expect(
      await approveComplianceException(requested.id, { role: 'admin' }, person(people.approver), db),
    ).toEqual({
      ok: true,
    });
    // ok.example.test meets the requirement: it stays compliant, only the failing member is exempted.
    expect(await wholeRollup(day)).toEqual({ compliant: 1, notCompliant: 0, exempted: 1 });
    const revoke = () =>
      revokeComplianceException(requested.id, { role: 'editor' }, person(people.requester), db);
    expect(await revoke()).toEqual({ ok: true });
    expect(await revoke()).toEqual({ ok: false, code: 'not_revocable' });
    expect(await wholeRollup(day)).toEqual({ compliant: 1, notCompliant: 1, exempted: 0 });
    expect((await getComplianceException(systemViewer(), requested.id))?.state).toBe('revoked');
    vi.useRealTimers();
  });

  it('cover a member never judged alike on the scorecard (mail, public page), the domain page and the rollups', async () => {
    const day = addDays(today, 12);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${day}T03:00:00Z`));
    const fresh = await db.$transaction(async (tx) => {
      const registered = await registerDomain(tx, {
        ascii: 'fresh.example.test',
        unicode: 'fresh.example.test',
      });
      await applyDomainGroups(tx, registered.id, [ids.groupA]);
      return registered;
    });
    // Both musts excepted group-wide: the member not scanned yet is exempted as a whole, as the rollups count it.
    for (const requirement of ['spf', 'dmarc']) {
      const asked = await requestComplianceException(
        {
          ...(await baseInput()),
          requirement,
          domainId: null,
          groupId: ids.groupA,
          startsOn: day,
          expiresOn: addDays(day, 30),
        },
        person(people.requester),
        db,
        day,
      );
      if (!asked.ok) throw new Error(asked.code);
      expect(
        await approveComplianceException(asked.id, { role: 'editor' }, person(people.approver), db),
      ).toEqual({
        ok: true,
      });
    }
    const [domainPage] = await getDomainCompliance(systemViewer(), fresh.id);
    expect(domainPage?.status).toBe('exempted');
    expect(await wholeRollup(day)).toEqual({ compliant: 1, notCompliant: 0, exempted: 2 });
    const scorecard = await getGroupScorecard(systemViewer(), ids.groupA, day);
    expect(scorecard?.domains.find((d) => d.id === fresh.id)?.statuses[ids.profile]).toBe('exempted');
    vi.useRealTimers();
  });
});

async function baseInput() {
  return {
    profileId: ids.profile,
    requirement: 'dmarc',
    domainId: ids.nodmarc,
    groupId: null,
    justification: 'j',
    startsOn: today,
    expiresOn: addDays(today, 5),
  };
}
