import type { FollowedVersion } from '@/lib/compliance/profile-versions';
import { WHOLE_PROFILE } from '@/lib/compliance/refresh-compliance-rollups';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { fallsShort, flagShare, pointsBetween, statusShare } from './comparison-shares';
import type {
  ComparisonFigures,
  DomainChange,
  DomainChangeList,
  ProfileComparison,
} from './group-comparison-schema';
import type { GroupSnapshot, SnapshotMember } from './group-snapshot';

/** A profile the group follows, judged on both days against this one version. */
export type ComparedProfile = Omit<FollowedVersion, 'groupId'>;

/** A member's status for a profile's requirement ('' the profile as a whole); unknown when not judged. */
function statusOf(member: SnapshotMember, versionId: string, requirement: string): string {
  const judgement = member.judgements[versionId];
  if (!judgement) return 'unknown';
  return (
    (requirement === WHOLE_PROFILE ? judgement.status : judgement.requirements[requirement]) ?? 'unknown'
  );
}

/**
 * The group on two days, side by side: per adoption metric and per requirement of each profile (and
 * each profile as a whole) the figure then and now with the change in points, and the domains that
 * improved (gained a metric or came to meet a requirement), regressed (the reverse; a domain can be
 * both), were added to or removed from the group. A domain is compared only where both days know:
 * an unknown on either side is neither a gain nor a loss. Pure: the snapshots come in loaded; at
 * most `limit` domains are listed per kind, the totals are always whole.
 */
export function compareSnapshots(
  then: GroupSnapshot,
  now: GroupSnapshot,
  profiles: readonly ComparedProfile[],
  limit: number,
): ComparisonFigures {
  const metrics = ADOPTION_METRICS.map((metric) => {
    const before = flagShare(then.members.map((m) => m.flags[metric]));
    const after = flagShare(now.members.map((m) => m.flags[metric]));
    return { metric, before, after, points: pointsBetween(before.percent, after.percent) };
  });
  return {
    from: then.day,
    to: now.day,
    members: { before: then.members.length, after: now.members.length },
    metrics,
    profiles: profiles.map((profile) => compareProfile(then, now, profile)),
    domains: compareDomains(then, now, profiles, limit),
  };
}

function compareProfile(
  then: GroupSnapshot,
  now: GroupSnapshot,
  profile: ComparedProfile,
): ProfileComparison {
  const { definition, versionId } = profile;
  const rows = [
    { requirement: WHOLE_PROFILE, level: null, title: definition.name },
    ...definition.requirements.map((r) => ({ requirement: r.id, level: r.level, title: r.title })),
  ];
  return {
    profileId: profile.profileId,
    versionId,
    version: profile.version,
    name: definition.name,
    requirements: rows.map((row) => {
      const before = statusShare(then.members.map((m) => statusOf(m, versionId, row.requirement)));
      const after = statusShare(now.members.map((m) => statusOf(m, versionId, row.requirement)));
      return { ...row, before, after, points: pointsBetween(before.percent, after.percent) };
    }),
  };
}

type Direction = 'improved' | 'regressed';

/** What a member that stayed gained and lost between the days. */
function changesOf(before: SnapshotMember, after: SnapshotMember, profiles: readonly ComparedProfile[]) {
  const change = (): Omit<DomainChange, 'id' | 'ascii' | 'unicode'> => ({ metrics: [], requirements: [] });
  const found: Record<Direction, ReturnType<typeof change>> = { improved: change(), regressed: change() };
  for (const metric of ADOPTION_METRICS) {
    const [was, is] = [before.flags[metric], after.flags[metric]];
    if (was === false && is === true) found.improved.metrics.push(metric);
    if (was === true && is === false) found.regressed.metrics.push(metric);
  }
  for (const { profileId, versionId, definition } of profiles) {
    for (const requirement of [WHOLE_PROFILE, ...definition.requirements.map((r) => r.id)]) {
      const [was, is] = [statusOf(before, versionId, requirement), statusOf(after, versionId, requirement)];
      if (fallsShort(was) && is === 'compliant') found.improved.requirements.push({ profileId, requirement });
      if (was === 'compliant' && fallsShort(is))
        found.regressed.requirements.push({ profileId, requirement });
    }
  }
  return found;
}

function compareDomains(
  then: GroupSnapshot,
  now: GroupSnapshot,
  profiles: readonly ComparedProfile[],
  limit: number,
): ComparisonFigures['domains'] {
  const earlier = new Map(then.members.map((m) => [m.id, m]));
  const later = new Set(now.members.map((m) => m.id));
  const lists: Record<keyof ComparisonFigures['domains'], DomainChange[]> = {
    improved: [],
    regressed: [],
    added: [],
    removed: [],
  };
  const named = ({ id, ascii, unicode }: SnapshotMember) => ({ id, ascii, unicode });
  for (const member of now.members) {
    const before = earlier.get(member.id);
    if (!before) {
      lists.added.push({ ...named(member), metrics: [], requirements: [] });
      continue;
    }
    const found = changesOf(before, member, profiles);
    for (const direction of ['improved', 'regressed'] as const) {
      const { metrics, requirements } = found[direction];
      if (metrics.length + requirements.length > 0)
        lists[direction].push({ ...named(member), metrics, requirements });
    }
  }
  for (const member of then.members)
    if (!later.has(member.id)) lists.removed.push({ ...named(member), metrics: [], requirements: [] });
  const listed = (rows: DomainChange[]): DomainChangeList => ({
    total: rows.length,
    rows: rows.sort((a, b) => (a.ascii < b.ascii ? -1 : a.ascii > b.ascii ? 1 : 0)).slice(0, limit),
  });
  return {
    improved: listed(lists.improved),
    regressed: listed(lists.regressed),
    added: listed(lists.added),
    removed: listed(lists.removed),
  };
}
