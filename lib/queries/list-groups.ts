import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleGroups } from './visible';

export interface GroupRow {
  id: string;
  name: string;
  description: string;
  scheduleKind: 'none' | 'daily' | 'weekly' | 'cron';
  scheduleCron: string | null;
  scheduleTimeZone: string;
  members: number;
}

/** Every group with its current member count (open membership periods of active domains). */
export async function listGroups(viewer: Viewer): Promise<GroupRow[]> {
  readAs(viewer);
  const [groups, counts] = await Promise.all([
    prisma.group.findMany({ where: visibleGroups(viewer), orderBy: { name: 'asc' } }),
    prisma.domainGroup.groupBy({
      by: ['groupId'],
      where: { untilDay: null, groupId: { not: null }, domain: { archivedAt: null } },
      _count: { _all: true },
    }),
  ]);
  const members = new Map(counts.map((c) => [c.groupId, c._count._all]));
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    scheduleKind: g.scheduleKind,
    scheduleCron: g.scheduleCron,
    scheduleTimeZone: g.scheduleTimeZone,
    members: members.get(g.id) ?? 0,
  }));
}
