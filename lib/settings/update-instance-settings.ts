import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { getInstanceSettings } from './get-instance-settings';

export const instanceSettingsInput = z.object({ requireAdminMfa: z.boolean() }).strict();

/**
 * An admin's change of the instance's settings, recorded as `settings.update` with the fields that
 * changed. Turning off "require MFA for admins" releases the sessions held at the enrolment page;
 * turning it on ends no session: admins without MFA are sent to enrol at their next sign-in.
 */
export async function updateInstanceSettings(
  changes: z.infer<typeof instanceSettingsInput>,
  actor: AuditActor,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    // The row lock orders concurrent changes, so each records what it really changed.
    await tx.$executeRaw`SELECT 1 FROM instance_settings WHERE id = 1 FOR UPDATE`;
    const before = await getInstanceSettings(tx);
    const diff = changedFields({ ...before }, { ...changes });
    if (!diff) return;
    await tx.instanceSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...changes, updatedAt: now },
      update: { ...changes, updatedAt: now },
    });
    if (!changes.requireAdminMfa)
      await tx.session.updateMany({
        where: { mfaEnrolmentRequired: true },
        data: { mfaEnrolmentRequired: false },
      });
    await recordAuditEvent(actor, { action: 'settings.update', target: { type: 'settings' }, ...diff }, tx);
  });
}
