import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleDomains } from './visible';

export interface FindingChange {
  appeared: number;
  resolved: number;
}

/**
 * Per finding id, how many times it appeared and was resolved since `since`: the cheap trend, read
 * from domain_events (indexed by created_at) rather than by re-counting every past scan.
 */
export async function countFindingChanges(viewer: Viewer, since: Date): Promise<Map<string, FindingChange>> {
  readAs(viewer);
  const rows = await prisma.domainEvent.groupBy({
    by: ['subject', 'kind'],
    where: {
      createdAt: { gte: since },
      kind: { in: ['finding_appeared', 'finding_resolved'] },
      ...(viewer.groupIds === null ? {} : { domain: visibleDomains(viewer) }),
    },
    _count: { _all: true },
  });
  const changes = new Map<string, FindingChange>();
  for (const row of rows) {
    const entry = changes.get(row.subject) ?? { appeared: 0, resolved: 0 };
    if (row.kind === 'finding_appeared') entry.appeared += row._count._all;
    else entry.resolved += row._count._all;
    changes.set(row.subject, entry);
  }
  return changes;
}
