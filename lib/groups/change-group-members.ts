import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import {
  type AffectedRange,
  closeMemberships,
  openMemberships,
  refreshAffected,
} from '@/lib/domains/membership-periods';
import { dayOf } from '@/lib/history/day-of';

export type ChangeGroupMembersResult =
  | { ok: true; added: number; removed: number }
  | { ok: false; code: 'not_found' }
  | { ok: false; code: 'unknown_domains'; ids: string[] };

/** Up to a thousand domains join or leave; the group's rollups are recomputed once at the end. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Adds active domains to a group and removes domains from it, from today (periods as
 * applyDomainGroups keeps them: past membership stays, so group history and cohorts stay exact).
 * Adding a member or removing a non-member changes nothing, so a retried call is harmless.
 */
export async function changeGroupMembers(
  groupId: string,
  change: { add: readonly string[]; remove: readonly string[] },
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<ChangeGroupMembersResult> {
  const add = [...new Set(change.add)];
  const remove = [...new Set(change.remove)].filter((id) => !add.includes(id));
  return db.$transaction(
    async (tx) => {
      if (!(await tx.group.findUnique({ where: { id: groupId }, select: { id: true } })))
        return { ok: false, code: 'not_found' } as const;
      const active = await tx.domain.findMany({
        where: { id: { in: add }, archivedAt: null },
        select: { id: true },
      });
      const found = new Set(active.map((d) => d.id));
      const unknown = add.filter((id) => !found.has(id));
      if (unknown.length > 0) return { ok: false, code: 'unknown_domains', ids: unknown } as const;
      const today = dayOf(now);
      const affected: AffectedRange[] = [];
      let added = 0;
      let removed = 0;
      for (const domainId of add) {
        const opened = await openMemberships(tx, domainId, [groupId], today);
        added += opened.length;
        affected.push(...opened);
      }
      for (const domainId of remove) {
        const closed = await closeMemberships(tx, domainId, [groupId], today);
        removed += closed.length;
        affected.push(...closed);
      }
      await refreshAffected(tx, affected);
      return { ok: true, added, removed } as const;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
