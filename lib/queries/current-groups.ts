import type { Prisma } from '@/generated/prisma/client';

/**
 * The groups a domain belongs to now, as a `memberships` select: open periods only, and not the
 * registration period (group null). Shared by the scorecard, the API, the exports and the import
 * plan so "current groups" means one thing everywhere.
 */
export const CURRENT_GROUPS_SELECT = {
  where: { untilDay: null, groupId: { not: null } },
  select: { group: { select: { id: true, name: true } } },
} as const satisfies Prisma.Domain$membershipsArgs;

export interface CurrentGroup {
  id: string;
  name: string;
}

/** The groups of what CURRENT_GROUPS_SELECT read, sorted by name. */
export function currentGroups(memberships: ReadonlyArray<{ group: CurrentGroup | null }>): CurrentGroup[] {
  return memberships.flatMap((m) => (m.group ? [m.group] : [])).sort((a, b) => a.name.localeCompare(b.name));
}
