import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { createGroupTarget } from '@/lib/targets/create-group-target';

const GROUP = 'Ministries (demo)';

/**
 * The demo's target: "DMARC enforcing ≥ 95% by 2027-03-31" for the ministries, with 80% due at the
 * end of January 2027 on the way; its trajectory starts at today's value. Only when the group has no
 * target yet (a second run keeps a user's). Returns whether it set one.
 */
export async function seedDemoTarget(db: PrismaClient): Promise<boolean> {
  const group = await db.group.findUnique({
    where: { name: GROUP },
    select: { id: true, _count: { select: { targets: true } } },
  });
  if (!group || group._count.targets > 0) return false;
  const result = await createGroupTarget(
    group.id,
    {
      metric: { kind: 'adoption', metric: 'dmarcEnforcing' },
      percent: 95,
      deadline: '2027-03-31',
      milestones: [{ day: '2027-01-31', percent: 80 }],
    },
    SYSTEM_ACTOR,
    db,
  );
  return result.ok;
}
