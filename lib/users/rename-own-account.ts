import type { PrismaClient } from '@/generated/prisma/client';
import { actorOfUser } from '@/lib/audit-log/actor-of-user';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

/** A user's change of their own display name (null: none). */
export async function renameOwnAccount(
  user: { id: string; email: string },
  name: string | null,
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
    if (before.name === name) return;
    await tx.user.update({ where: { id: user.id }, data: { name } });
    await recordAuditEvent(
      actorOfUser(user),
      {
        action: 'user.rename',
        target: { type: 'user', id: user.id, label: user.email },
        before: { name: before.name },
        after: { name },
      },
      tx,
    );
  });
}
