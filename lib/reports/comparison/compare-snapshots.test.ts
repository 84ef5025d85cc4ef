import { describe, expect, it } from 'vitest';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { type AdoptionFlags, UNKNOWN_FLAGS } from '@/lib/history/adoption-flags';
import { customProfileDefinition } from '@/testing/compliance/custom-profile-definition';
import { type ComparedProfile, compareSnapshots } from './compare-snapshots';
import { pointsBetween, roundOne } from './comparison-shares';
import type { GroupSnapshot, MemberJudgement, SnapshotMember } from './group-snapshot';

const VERSION = '00000000-0000-7000-8000-0000000000a1';
const PROFILE = '00000000-0000-7000-8000-0000000000b1';
const definition = profileDefinitionSchema.parse(customProfileDefinition('Baseline'));
const profiles: ComparedProfile[] = [{ profileId: PROFILE, versionId: VERSION, version: 1, definition }];

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
function member(n: number, flags: Partial<AdoptionFlags>, spf?: string): SnapshotMember {
  const judgements: Record<string, MemberJudgement> =
    spf === undefined ? {} : { [VERSION]: { status: spf, requirements: { spf } } };
  const ascii = `d${n}.example.test`;
  return { id: id(n), ascii, unicode: ascii, flags: { ...UNKNOWN_FLAGS, ...flags }, judgements };
}
const snapshot = (day: string, members: SnapshotMember[]): GroupSnapshot => ({ day, members });

describe('compareSnapshots', () => {
  // d1 gains SPF, d2 loses it, d3 stays, d4 is unknown then, d5 leaves, d6 joins.
  const then = snapshot('2011-07-01', [
    member(1, { spfPublished: false }, 'not_compliant'),
    member(2, { spfPublished: true }, 'compliant'),
    member(3, { spfPublished: true }, 'compliant'),
    member(4, {}),
    member(5, { spfPublished: true }, 'compliant'),
  ]);
  const now = snapshot('2011-10-13', [
    member(1, { spfPublished: true }, 'compliant'),
    member(2, { spfPublished: false }, 'not_compliant'),
    member(3, { spfPublished: true }, 'compliant'),
    member(4, { spfPublished: false }, 'not_compliant'),
    member(6, { spfPublished: true }, 'exempted'),
  ]);
  const result = compareSnapshots(then, now, profiles, 100);

  it('lists the domains that improved, regressed, were added and removed', () => {
    const names = (kind: keyof typeof result.domains) => result.domains[kind].rows.map((r) => r.ascii);
    expect(names('improved')).toEqual(['d1.example.test']);
    expect(names('regressed')).toEqual(['d2.example.test']);
    expect(names('added')).toEqual(['d6.example.test']);
    expect(names('removed')).toEqual(['d5.example.test']);
    expect(result.domains.improved.rows[0]).toMatchObject({
      metrics: ['spfPublished'],
      requirements: [
        { profileId: PROFILE, requirement: '' },
        { profileId: PROFILE, requirement: 'spf' },
      ],
    });
    expect(result.members).toEqual({ before: 5, after: 5 });
  });

  it('counts a metric over the members it knows, the unknown apart', () => {
    const spf = result.metrics.find((m) => m.metric === 'spfPublished');
    expect(spf?.before).toEqual({ adopted: 3, known: 4, unknown: 1, domains: 5, percent: 75 });
    expect(spf?.after).toEqual({ adopted: 3, known: 5, unknown: 0, domains: 5, percent: 60 });
    expect(spf?.points).toBe(-15);
    const dkim = result.metrics.find((m) => m.metric === 'dkimPublished');
    expect(dkim?.before.percent).toBeNull();
    expect(dkim?.points).toBeNull();
  });

  it('counts every status as stored, a later one (exempted) as judged but not compliant', () => {
    const [whole] = result.profiles[0]?.requirements ?? [];
    expect(whole?.requirement).toBe('');
    expect(whole?.before).toMatchObject({ adopted: 3, known: 4, unknown: 1, statuses: { compliant: 3 } });
    expect(whole?.after.statuses).toEqual({ compliant: 2, not_compliant: 2, exempted: 1 });
    expect(whole?.after.percent).toBe(40);
  });

  it('lists at most `limit` domains of a kind, by ASCII name, with the whole total', () => {
    const many = (day: string, adopted: boolean) =>
      snapshot(
        day,
        [3, 1, 2].map((n) => member(n, { dmarcPublished: adopted })),
      );
    const limited = compareSnapshots(many('2026-01-01', false), many('2026-02-01', true), [], 2);
    expect(limited.domains.improved.total).toBe(3);
    expect(limited.domains.improved.rows.map((r) => r.ascii)).toEqual(['d1.example.test', 'd2.example.test']);
  });
});

describe('rounding', () => {
  it('takes the change from the printed one-decimal figures, so they add up', () => {
    // 1/3 → 2/3: 33.3% → 66.7%, +33.4 points (not the unrounded 33.33…).
    expect(pointsBetween(100 / 3, 200 / 3)).toBe(33.4);
    expect(pointsBetween(37.44, 63.25)).toBe(25.9);
    expect(pointsBetween(63.2, 37.4)).toBe(-25.8);
    expect(pointsBetween(null, 50)).toBeNull();
    expect(roundOne(0.05)).toBe(0.1);
  });
});
