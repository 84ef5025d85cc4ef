import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { enqueueComplianceRecompute } from '@/lib/jobs/recompute-compliance-job';
import { within } from '@/lib/jobs/within';
import { maintenanceQueue } from '@/lib/queue';
import type { ProfileDefinition } from './profile-schema';

export type SaveCustomProfileResult =
  | { ok: true; id: string; version: number }
  | { ok: false; code: 'not_found' | 'builtin' };

const REDIS_WAIT_MS = 5000;

/**
 * Creates an administrator's own profile (no `id`), or edits one by adding a version: versions are
 * never rewritten, so the history judged under the old one stays as it was. Built-in profiles are
 * not edited here (they change with Kensa). Recorded as `compliance-profile.create` / `.update` in
 * the same transaction; the groups following an edited profile are then recomputed by a worker job.
 * The definition must already have passed `profileDefinitionSchema`.
 */
export async function saveCustomProfile(
  input: { id?: string; definition: ProfileDefinition },
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<SaveCustomProfileResult> {
  const result = await db.$transaction(async (tx) => {
    const label = input.definition.name.en;
    if (!input.id) {
      const profile = await tx.complianceProfile.create({
        data: { versions: { create: { version: 1, definition: input.definition } } },
        select: { id: true },
      });
      const target = { type: 'compliance-profile', id: profile.id, label };
      await recordAuditEvent(
        actor,
        { action: 'compliance-profile.create', target, after: { version: 1, definition: input.definition } },
        tx,
      );
      return { ok: true, id: profile.id, version: 1, groups: [] as string[] } as const;
    }
    // Locked, so two editors cannot both take the same next version number.
    const [profile] = await tx.$queryRaw<Array<{ builtin_key: string | null }>>`
      SELECT builtin_key FROM compliance_profiles WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (!profile) return { ok: false, code: 'not_found' } as const;
    if (profile.builtin_key !== null) return { ok: false, code: 'builtin' } as const;
    const latest = await tx.complianceProfileVersion.findFirst({
      where: { profileId: input.id },
      orderBy: { version: 'desc' },
      select: { version: true, definition: true },
    });
    const version = (latest?.version ?? 0) + 1;
    await tx.complianceProfileVersion.create({
      data: { profileId: input.id, version, definition: input.definition },
    });
    const target = { type: 'compliance-profile', id: input.id, label };
    const before = { version: latest?.version ?? null, definition: latest?.definition ?? null };
    await recordAuditEvent(
      actor,
      {
        action: 'compliance-profile.update',
        target,
        before,
        after: { version, definition: input.definition },
      },
      tx,
    );
    const groups = await tx.groupComplianceProfile.findMany({
      where: { profileId: input.id },
      select: { groupId: true },
    });
    return { ok: true, id: input.id, version, groups: groups.map((g) => g.groupId) } as const;
  });
  if (!result.ok) return result;
  if (result.groups.length > 0)
    await within(
      enqueueComplianceRecompute(maintenanceQueue(), result.groups),
      REDIS_WAIT_MS,
      `profile ${result.id}: compliance recompute`,
    );
  return { ok: true, id: result.id, version: result.version };
}
