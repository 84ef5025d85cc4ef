import type { PrismaClient } from '@/generated/prisma/client';
import type { PersonActor } from '@/lib/audit-log/actor-of';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';

/** A user's change of their own display name (`actor` is the signed-in user; null: no name). */
export async function renameOwnAccount(
  actor: PersonActor,
  name: string | null,
  { db = prisma }: { db?: PrismaClient } = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { name: true, email: true },
    });
    if (before.name === name) return;
    await tx.user.update({ where: { id: actor.userId }, data: { name } });
    await recordAuditEvent(
      actor,
      {
        action: 'user.rename',
        target: { type: 'user', id: actor.userId, label: before.email },
        before: { name: before.name },
        after: { name },
      },
      tx,
    );
  });
}
