import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import type { ProfileDefinition } from '@/lib/compliance/profile-schema';
import { saveCustomProfile } from '@/lib/compliance/save-custom-profile';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { matchLink } from './alert-links';
import { alertRuleInput } from './alert-rule-input';
import { describeMatch, describeRule } from './describe-alert';
import { findRuleMatches } from './find-rule-matches';
import type { RuleParams } from './rule-params';

/**
 * The compliance rule kinds (issue 16) on a real PostgreSQL: three daily runs judged at finalize
 * against an administrator's profile the group follows. a stays compliant; b loses DMARC on day 1;
 * c's DMARC lookup times out on day 1 (unknown) and its record is gone on day 2.
 */
const DAYS = ['2026-04-06', '2026-04-07', '2026-04-08'] as const;
const at = (day: string) => new Date(`${day}T03:00:00Z`);
const DMARC = { TXT: [['v=DMARC1; p=reject']] };
const zone = (day: number): MemoryZone => ({
  'a.calert.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.calert.test' }] },
  '_dmarc.a.calert.test': DMARC,
  'b.calert.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.calert.test' }] },
  '_dmarc.b.calert.test': day === 0 ? DMARC : {},
  'c.calert.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.calert.test' }] },
  '_dmarc.c.calert.test': [DMARC, { TXT: 'timeout' }, {}][day] as MemoryZone[string],
});

const text = (en: string, ja: string) => ({
  title: { en, ja },
  explanation: { en: 'e', ja: 'e' },
  source: 'Internal policy §1',
});
const PROFILE: ProfileDefinition = {
  name: { en: 'Our baseline', ja: '独自基準' },
  description: { en: 'Ours', ja: '独自' },
  source: { title: 'Internal policy 2026', url: null, published: '2026-01' },
  requirements: [
    { id: 'spf', level: 'must', appliesTo: 'all', check: { kind: 'spf-published' }, ...text('SPF', 'SPF') },
    {
      id: 'dmarc',
      level: 'must',
      appliesTo: 'all',
      check: { kind: 'dmarc-published', inherit: true },
      ...text('DMARC applies', 'DMARC が適用される'),
    },
  ],
};

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;
let otherGroupId: string;
let profileId: string;
const runs: string[] = [];

async function matches(day: number, params: RuleParams, group: string | null = null) {
  const found = await findRuleMatches(
    db,
    { id: runs[day] ?? '', day: DAYS[day] ?? '' },
    { groupId: group, params },
  );
  return found;
}

beforeAll(async () => {
  scratch = await createScratchDatabase('alerts_compliance');
  db = scratch.db;
  groupId = (await db.group.create({ data: { name: 'Ministries' } })).id;
  otherGroupId = (await db.group.create({ data: { name: 'Agencies' } })).id;
  const saved = await saveCustomProfile({ definition: PROFILE }, SYSTEM_ACTOR, db);
  if (!saved.ok) throw new Error(saved.code);
  profileId = saved.id;
  await db.groupComplianceProfile.create({ data: { groupId, profileId } });
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const [i, day] of DAYS.entries()) {
      vi.setSystemTime(at(day));
      if (i === 0)
        for (const name of ['a', 'b', 'c'])
          await db.$transaction(async (tx) => {
            const ascii = `${name}.calert.test`;
            const domain = await registerDomain(tx, { ascii, unicode: ascii, now: at(day) });
            await applyDomainGroups(tx, domain.id, [groupId], at(day));
          });
      const domains = await db.domain.findMany({ select: { id: true, ascii: true } });
      runs.push(await scanDomains(db, domains, createMemoryResolver(zone(i))));
    }
  } finally {
    vi.useRealTimers();
  }
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('compliance_lost', () => {
  const lost: RuleParams = { kind: 'compliance_lost', profileId: '' };

  it('fires for a domain judged not compliant whose previous known verdict was compliant', async () => {
    const day1 = await matches(1, { ...lost, profileId });
    expect(day1.map((m) => m.detail.kind === 'compliance_lost' && m.detail.domain)).toEqual([
      'b.calert.test',
    ]);
    expect(day1[0]?.detail).toMatchObject({
      profileId,
      profileName: PROFILE.name,
      requirement: null,
      requirementTitle: null,
    });
  });

  it('skips unknown on both sides: c (compliant, timeout, gone) fires on day 2, b does not fire again', async () => {
    const day2 = await matches(2, { ...lost, profileId });
    expect(day2.map((m) => m.detail.kind === 'compliance_lost' && m.detail.domain)).toEqual([
      'c.calert.test',
    ]);
  });

  it('watches one requirement when asked, and only the rule group’s domains', async () => {
    const dmarc = await matches(1, { ...lost, profileId, requirement: 'dmarc' });
    expect(dmarc).toHaveLength(1);
    expect(dmarc[0]?.detail).toMatchObject({
      requirement: 'dmarc',
      requirementTitle: PROFILE.requirements[1]?.title,
    });
    expect(await matches(1, { ...lost, profileId, requirement: 'spf' })).toEqual([]);
    expect(await matches(1, { ...lost, profileId, requirement: 'no-such' })).toEqual([]);
    expect(await matches(1, { ...lost, profileId }, otherGroupId)).toEqual([]);
    expect(await matches(1, { ...lost, profileId }, groupId)).toHaveLength(1);
  });

  it('does not fire for a failure covered by an exception in force that day: it is exempted, not lost', async () => {
    const [requester, approver] = await Promise.all(
      ['requester', 'approver'].map((who) =>
        db.user.create({ data: { email: `${who}@calert.test`, role: 'editor', passwordHash: 'x' } }),
      ),
    );
    const b = await db.domain.findUniqueOrThrow({ where: { ascii: 'b.calert.test' }, select: { id: true } });
    const covering = (startsOn: string) =>
      db.complianceException.create({
        data: {
          profileId,
          requirement: 'dmarc',
          domainId: b.id,
          justification: 'DMARC after the gateway move.',
          startsOn: new Date(`${startsOn}T00:00:00Z`),
          expiresOn: new Date('2026-05-01T00:00:00Z'),
          status: 'approved',
          requestedById: requester?.id ?? null,
          approvedById: approver?.id ?? null,
          approvedAt: at(DAYS[0]),
          approvedOn: new Date(`${DAYS[0]}T00:00:00Z`),
        },
      });
    const later = await covering(DAYS[2]);
    expect(await matches(1, { ...lost, profileId })).toHaveLength(1);
    await db.complianceException.delete({ where: { id: later.id } });
    const inForce = await covering(DAYS[1]);
    try {
      expect(await matches(1, { ...lost, profileId })).toEqual([]);
      expect(await matches(1, { ...lost, profileId, requirement: 'dmarc' })).toEqual([]);
    } finally {
      await db.complianceException.delete({ where: { id: inForce.id } });
    }
  });

  it('is described in both languages and links to the domain', async () => {
    const [match] = await matches(1, { ...lost, profileId, requirement: 'dmarc' });
    if (!match) throw new Error('no match');
    expect(describeMatch(match.detail, 'en')).toBe(
      '"Our baseline": "DMARC applies" not met any more (met at the previous scan)',
    );
    expect(describeMatch(match.detail, 'ja')).toContain('「独自基準」の要件「DMARC が適用される」');
    const names = new Map([[profileId, PROFILE.name]]);
    expect(describeRule({ ...lost, profileId }, 'en', names)).toBe(
      'a domain becomes not compliant with "Our baseline"',
    );
    expect(describeRule({ ...lost, profileId }, 'ja', names)).toBe(
      'ドメインが「独自基準」に準拠しなくなった',
    );
    expect(matchLink('https://kensa.example', match.detail)).toBe(
      `https://kensa.example/domains/${match.domainId}`,
    );
  });
});

describe('compliance_below', () => {
  it('fires when the group’s share falls through the line, once: 100% → 50% (c unknown) → 33.3%', async () => {
    const below = (day: number, percent: number) =>
      matches(day, { kind: 'compliance_below', profileId, percent });
    expect(await below(0, 60)).toEqual([]);
    const day1 = await below(1, 60);
    expect(day1).toHaveLength(1);
    expect(day1[0]).toMatchObject({
      domainId: null,
      dedupeKey: `compliance-below:${groupId}:${profileId}:${DAYS[1]}`,
      detail: {
        groupId,
        groupName: 'Ministries',
        fromPercent: 100,
        toPercent: 50,
        day: DAYS[1],
        percent: 60,
      },
    });
    // Already below on day 1: day 2 does not fire again at 60%, but does at 40%.
    expect(await below(2, 60)).toEqual([]);
    expect(await below(2, 40)).toHaveLength(1);
    expect(await matches(1, { kind: 'compliance_below', profileId, percent: 60 }, otherGroupId)).toEqual([]);
    const detail = day1[0]?.detail;
    if (!detail) throw new Error('no match');
    expect(describeMatch(detail, 'en')).toBe(
      'Ministries: compliant with "Our baseline" fell below 60.00%: 100.00% → 50.00% (2026-04-07)',
    );
    expect(matchLink('', detail)).toBe(`/groups/${groupId}/compliance`);
  });
});

describe('the rule input', () => {
  const rule = (kind: string, params: Record<string, unknown>) =>
    alertRuleInput.safeParse({
      name: 'r',
      enabled: true,
      kind,
      params,
      groupId: null,
      emails: ['a@example.test'],
      webhookUrl: null,
      digest: 'none',
    });

  it('takes a profile id, an optional requirement id and a share between 0 and 100', () => {
    const id = '00000000-0000-7000-8000-000000000001';
    expect(rule('compliance_lost', { profileId: id }).success).toBe(true);
    expect(rule('compliance_lost', { profileId: id, requirement: 'dmarc-reject' }).success).toBe(true);
    expect(rule('compliance_lost', { profileId: id, requirement: 'Bad Id!' }).success).toBe(false);
    expect(rule('compliance_lost', { profileId: 'nope' }).success).toBe(false);
    expect(rule('compliance_below', { profileId: id, percent: '95' }).data?.params).toEqual({
      profileId: id,
      percent: 95,
    });
    expect(rule('compliance_below', { profileId: id, percent: '0' }).success).toBe(false);
    expect(rule('compliance_below', { profileId: id, percent: '101' }).success).toBe(false);
  });
});
