import { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { ALL_SCOPE } from '@/lib/history/refresh-adoption-rollups';

/**
 * The one place a viewer's group scope turns into query conditions: every query that reads domains,
 * groups, adoption scopes, runs, reports or alert rules filters through these, so a scoped user
 * (a ministry's staff) sees only their groups' domains and asking for anything else finds nothing
 * (404), never the data. A domain is in scope while it is a current member of one of the groups.
 */

/** Domains the viewer may see. */
export function visibleDomains(viewer: Viewer): Prisma.DomainWhereInput {
  if (viewer.groupIds === null) return {};
  return { memberships: { some: { groupId: { in: [...viewer.groupIds] }, untilDay: null } } };
}

/** The same as SQL, for raw queries: a condition on a domain id column (e.g. `d.id`). */
export function visibleDomainsSql(viewer: Viewer, domainId: Prisma.Sql): Prisma.Sql {
  if (viewer.groupIds === null) return Prisma.sql`true`;
  if (viewer.groupIds.length === 0) return Prisma.sql`false`;
  return Prisma.sql`EXISTS (SELECT 1 FROM domain_groups vm WHERE vm.domain_id = ${domainId}
    AND vm.until_day IS NULL AND vm.group_id IN (${Prisma.join(viewer.groupIds.map((id) => Prisma.sql`${id}::uuid`))}))`;
}

/** Groups the viewer may see. */
export function visibleGroups(viewer: Viewer): Prisma.GroupWhereInput {
  return viewer.groupIds === null ? {} : { id: { in: [...viewer.groupIds] } };
}

/** Group targets the viewer may see: those of the groups it may see. */
export function visibleTargets(viewer: Viewer): Prisma.GroupTargetWhereInput {
  return viewer.groupIds === null ? {} : { groupId: { in: [...viewer.groupIds] } };
}

/** Whether an adoption scope ('all' or a group id) is the viewer's to read: 'all' only unscoped. */
export function canSeeScope(viewer: Viewer, scope: string): boolean {
  if (viewer.groupIds === null) return true;
  return scope !== ALL_SCOPE && viewer.groupIds.includes(scope);
}

/** Alert rules the viewer may see: scoped viewers only rules of their groups (not all-domain ones). */
export function visibleAlertRules(viewer: Viewer): Prisma.AlertRuleWhereInput {
  return viewer.groupIds === null ? {} : { groupId: { in: [...viewer.groupIds] } };
}

/**
 * Scan runs the viewer may see: scoped viewers those that scanned, or are still to scan (their work
 * list, scan_run_items), one of their domains.
 */
export function visibleScanRuns(viewer: Viewer): Prisma.ScanRunWhereInput {
  if (viewer.groupIds === null) return {};
  const domain = visibleDomains(viewer);
  return { OR: [{ scans: { some: { domain } } }, { items: { some: { domain } } }] };
}

/** Stored reports the viewer may see: scoped viewers those whose every scope is one of their groups. */
export function visibleReportsSql(viewer: Viewer): Prisma.Sql {
  if (viewer.groupIds === null) return Prisma.sql`true`;
  return Prisma.sql`(input->'scopes') <@ ${JSON.stringify(viewer.groupIds)}::jsonb`;
}

/**
 * Received mail a viewer may see, as a condition on a sender domain column (e.g.
 * `a.sender_domain`): scoped viewers see only mail whose sender organisational domain is registered
 * (same ASCII name) in one of their groups; mail of unregistered senders and of other groups'
 * domains is left out of every figure, so the shares they see are their own domains' shares.
 */
export function visibleSenderDomainsSql(viewer: Viewer, senderDomain: Prisma.Sql): Prisma.Sql {
  return viewer.groupIds === null ? Prisma.sql`true` : senderDomainInGroupsSql(viewer.groupIds, senderDomain);
}

/** Mail whose sender domain is a current member of one of `groupIds` (a report's chosen groups). */
export function senderDomainInGroupsSql(groupIds: readonly string[], senderDomain: Prisma.Sql): Prisma.Sql {
  if (groupIds.length === 0) return Prisma.sql`false`;
  return Prisma.sql`EXISTS (SELECT 1 FROM domains sd JOIN domain_groups vm ON vm.domain_id = sd.id
    WHERE sd.ascii = ${senderDomain} AND vm.until_day IS NULL
    AND vm.group_id IN (${Prisma.join(groupIds.map((id) => Prisma.sql`${id}::uuid`))}))`;
}
