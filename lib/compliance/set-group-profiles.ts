import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { enqueueComplianceRecompute } from '@/lib/jobs/recompute-compliance-job';
import { within } from '@/lib/jobs/within';
import { maintenanceQueue } from '@/lib/queue';

export type SetGroupProfilesResult =
  | { ok: true; changed: boolean }
  | { ok: false; code: 'not_found' | 'unknown_profiles' };

/** How long a request waits for Redis; the reconciler enqueues what did not make it. */
const REDIS_WAIT_MS = 5000;

/**
 * Sets the profiles a group follows (the whole list), recorded as `group.compliance-profiles` with
 * the lists before and after in the same transaction. Then the group's compliance is recomputed
 * from its stored reports by a worker job — no rescan. Setting the same list again changes nothing.
 */
export async function setGroupProfiles(
  groupId: string,
  profileIds: readonly string[],
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<SetGroupProfilesResult> {
  const wanted = [...new Set(profileIds.map((id) => id.toLowerCase()))].sort();
  const result = await db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId }, select: { name: true } });
    if (!group) return { ok: false, code: 'not_found' } as const;
    const known = await tx.complianceProfile.count({ where: { id: { in: wanted } } });
    if (known !== wanted.length) return { ok: false, code: 'unknown_profiles' } as const;
    const current = await tx.groupComplianceProfile.findMany({
      where: { groupId },
      select: { profileId: true },
    });
    const before = current.map((row) => row.profileId).sort();
    if (before.join() === wanted.join()) return { ok: true, changed: false } as const;
    await tx.groupComplianceProfile.deleteMany({ where: { groupId, profileId: { notIn: wanted } } });
    await tx.groupComplianceProfile.createMany({
      data: wanted.map((profileId) => ({ groupId, profileId })),
      skipDuplicates: true,
    });
    await recordAuditEvent(
      actor,
      {
        action: 'group.compliance-profiles',
        target: { type: 'group', id: groupId, label: group.name },
        before: { profiles: before },
        after: { profiles: wanted },
      },
      tx,
    );
    return { ok: true, changed: true } as const;
  });
  if (result.ok && result.changed && wanted.length > 0)
    await within(
      enqueueComplianceRecompute(maintenanceQueue(), [groupId]),
      REDIS_WAIT_MS,
      `group ${groupId}: compliance recompute`,
    );
  return result;
}
