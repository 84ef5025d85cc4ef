import { prisma } from '@/lib/db';

export type ScanScope = { kind: 'group'; groupId: string } | { kind: 'all' };

/**
 * The domains a group scan or a full scan covers now: registered (not archived) domains, and for a
 * group those with an open membership period in it (untilDay null).
 */
export async function findScanDomainIds(scope: ScanScope): Promise<string[]> {
  const domains = await prisma.domain.findMany({
    where: {
      archivedAt: null,
      ...(scope.kind === 'group'
        ? { memberships: { some: { groupId: scope.groupId, untilDay: null } } }
        : {}),
    },
    select: { id: true },
    orderBy: { ascii: 'asc' },
  });
  return domains.map((domain) => domain.id);
}
