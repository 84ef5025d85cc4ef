import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { newStatusToken } from './status-link-token';

export type RotateStatusLinkResult = { ok: true; token: string } | { ok: false; code: 'not_found' };

/**
 * Opens the group's public status page under a new link, or moves it to a new one: the old link
 * stops working at once (its hash is replaced). Only the hash is stored; the token is returned once
 * for the caller to show. Records `group.status-link-create` or `-rotate` (never the token).
 */
export async function rotateStatusLink(
  groupId: string,
  actor: AuditActor,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<RotateStatusLinkResult> {
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: { name: true, statusTokenHash: true },
    });
    if (!group) return { ok: false, code: 'not_found' } as const;
    const { token, tokenHash } = newStatusToken();
    await tx.group.update({
      where: { id: groupId },
      data: { statusTokenHash: tokenHash, statusTokenSetAt: now },
    });
    const action = group.statusTokenHash ? 'group.status-link-rotate' : 'group.status-link-create';
    await recordAuditEvent(actor, { action, target: { type: 'group', id: groupId, label: group.name } }, tx);
    return { ok: true, token } as const;
  });
}
