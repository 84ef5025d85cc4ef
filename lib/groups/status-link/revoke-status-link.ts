import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

export type RevokeStatusLinkResult = { ok: true; revoked: boolean } | { ok: false; code: 'not_found' };

/**
 * Closes the group's public status page: its link answers 404 from now on. Revoking a group with no
 * link changes nothing. Records `group.status-link-revoke` in the same transaction.
 */
export async function revokeStatusLink(
  groupId: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<RevokeStatusLinkResult> {
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: { name: true, statusTokenHash: true },
    });
    if (!group) return { ok: false, code: 'not_found' } as const;
    if (!group.statusTokenHash) return { ok: true, revoked: false } as const;
    await tx.group.update({
      where: { id: groupId },
      data: { statusTokenHash: null, statusTokenSetAt: null },
    });
    const target = { type: 'group', id: groupId, label: group.name };
    await recordAuditEvent(actor, { action: 'group.status-link-revoke', target }, tx);
    return { ok: true, revoked: true } as const;
  });
}
