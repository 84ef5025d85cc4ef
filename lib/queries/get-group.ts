import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleGroups } from './visible';

export interface GroupDetail {
  id: string;
  name: string;
  description: string;
  scheduleKind: 'none' | 'daily' | 'weekly' | 'cron';
  scheduleCron: string | null;
  scheduleTimeZone: string;
  memberCount: number;
  members: Array<{ id: string; ascii: string; unicode: string }>;
}

const MEMBERS_SHOWN = 100;

/** One group with its first current members by name (the domains table lists them all). */
export async function getGroup(viewer: Viewer, id: string): Promise<GroupDetail | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const where = { memberships: { some: { groupId: id, untilDay: null } }, archivedAt: null };
  const [group, memberCount, members] = await Promise.all([
    prisma.group.findFirst({ where: { AND: [{ id }, visibleGroups(viewer)] } }),
    prisma.domain.count({ where }),
    prisma.domain.findMany({
      where,
      orderBy: { ascii: 'asc' },
      take: MEMBERS_SHOWN,
      select: { id: true, ascii: true, unicode: true },
    }),
  ]);
  if (!group) return null;
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    scheduleKind: group.scheduleKind,
    scheduleCron: group.scheduleCron,
    scheduleTimeZone: group.scheduleTimeZone,
    memberCount,
    members,
  };
}
