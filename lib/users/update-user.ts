import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { isLastAdmin, lockEnabledAdmins, lockUserRow } from '@/lib/auth/lock-enabled-admins';
import { prisma } from '@/lib/db';
import { replaceGroupScope } from './replace-group-scope';
import { userGroupIds, userRole } from './user-input';
import { readUserSnapshot, userTarget } from './user-snapshot';

export const updateUserInput = z
  .object({ role: userRole.optional(), groupIds: userGroupIds.optional(), disabled: z.boolean().optional() })
  .strict();

export type UpdateUserInput = z.infer<typeof updateUserInput>;

export type UpdateUserResult =
  | { ok: true; sessionsEnded: boolean }
  | { ok: false; code: 'not_found' | 'last_admin' | 'unknown_group' };

class Refused extends Error {
  constructor(readonly code: 'not_found' | 'last_admin' | 'unknown_group') {
    super(code);
  }
}

/**
 * An admin's change to a user's role, group scope and/or enabled state, all or nothing, each change
 * with its audit entry in the same transaction. The last enabled unscoped admin cannot be demoted,
 * disabled or limited to groups: the admin rows are locked first, so concurrent changes cannot both
 * pass the check.
 * A role change or a disable ends the user's sessions (a promotion must not upgrade a session
 * opened, or stolen, before it; a disabled user must be out at once); a scope change does not.
 */
export async function updateUser(
  id: string,
  changes: UpdateUserInput,
  actor: AuditActor,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<UpdateUserResult> {
  try {
    return await db.$transaction(async (tx) => {
      const admins = await lockEnabledAdmins(tx);
      await lockUserRow(tx, id);
      const before = await readUserSnapshot(tx, id);
      if (!before) throw new Refused('not_found');
      const newRole = changes.role !== undefined && changes.role !== before.role;
      const disabling = changes.disabled === true && before.status !== 'disabled';
      const enabling = changes.disabled === false && before.status === 'disabled';
      const scoping = (changes.groupIds?.length ?? 0) > 0;
      if ((disabling || scoping || (newRole && changes.role !== 'admin')) && isLastAdmin(admins, id))
        throw new Refused('last_admin');
      if (changes.groupIds && !(await replaceGroupScope(tx, id, changes.groupIds)))
        throw new Refused('unknown_group');
      if (newRole || disabling || enabling)
        await tx.user.update({
          where: { id },
          data: {
            role: changes.role,
            ...(disabling ? { disabledAt: now } : enabling ? { disabledAt: null } : {}),
          },
        });
      const endSessions = newRole || disabling;
      if (endSessions) await tx.session.deleteMany({ where: { userId: id } });
      const after = await readUserSnapshot(tx, id);
      if (!after) throw new Refused('not_found');
      const target = userTarget(id, before);
      const record = (action: string, key: 'role' | 'status' | 'groups') =>
        recordAuditEvent(
          actor,
          { action, target, before: { [key]: before[key] }, after: { [key]: after[key] } },
          tx,
        );
      if (newRole) await record('user.change-role', 'role');
      if (disabling) await record('user.disable', 'status');
      if (enabling) await record('user.enable', 'status');
      if (changes.groupIds && JSON.stringify(before.groups) !== JSON.stringify(after.groups))
        await record('user.change-scope', 'groups');
      return { ok: true as const, sessionsEnded: endSessions };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, code: error.code };
    throw error;
  }
}
