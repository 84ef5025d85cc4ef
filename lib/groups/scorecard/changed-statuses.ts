import type { ScorecardSnapshot, StatusChange } from './scorecard-payload';

/**
 * The members whose compliance status with a profile differs between two scorecards, by name. Only
 * domains and profiles present in both count: one that joined, left or started being followed did
 * not change status.
 */
export function changedStatuses(
  previous: Pick<ScorecardSnapshot, 'domains'>,
  current: Pick<ScorecardSnapshot, 'domains'>,
): StatusChange[] {
  const before = new Map(previous.domains.map((d) => [d.id, d.statuses]));
  return current.domains.flatMap((domain) => {
    const old = before.get(domain.id);
    if (!old) return [];
    return Object.entries(domain.statuses)
      .filter(([profileId, status]) => old[profileId] !== undefined && old[profileId] !== status)
      .map(([profileId, to]) => ({ name: domain.name, profileId, from: old[profileId] ?? to, to }));
  });
}
