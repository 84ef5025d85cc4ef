import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import {
  type AffectedRange,
  closeMemberships,
  openMemberships,
  refreshAffected,
} from '@/lib/domains/membership-periods';
import { dayOf } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';

export type ChangeGroupMembersResult =
  | { ok: true; added: number; removed: number }
  | { ok: false; code: 'not_found' }
  | { ok: false; code: 'unknown_domains'; ids: string[] };

/** Up to a thousand domains join or leave; the group's rollups are recomputed once at the end. */
const TRANSACTION_TIMEOUT_MS = 120_000;
/** Domains named in the audit entry per direction; the counts are always whole. */
const NAMED_DOMAINS = 100;

async function domainNames(tx: Db, ids: string[]) {
  const named = await tx.domain.findMany({
    where: { id: { in: ids.slice(0, NAMED_DOMAINS) } },
    select: { unicode: true },
    orderBy: { ascii: 'asc' },
  });
  return { items: named.map((d) => d.unicode), total: ids.length };
}

/**
 * Adds active domains to a group and removes domains from it, from today (periods as
 * applyDomainGroups keeps them: past membership stays, so group history and cohorts stay exact).
 * Adding a member or removing a non-member changes nothing, so a retried call is harmless. What did
 * change is recorded as `group.members` in the same transaction (counts, and the first domains' names).
 */
export async function changeGroupMembers(
  groupId: string,
  change: { add: readonly string[]; remove: readonly string[] },
  actor: AuditActor,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<ChangeGroupMembersResult> {
  const add = [...new Set(change.add)];
  const remove = [...new Set(change.remove)].filter((id) => !add.includes(id));
  return db.$transaction(
    async (tx) => {
      const group = await tx.group.findUnique({ where: { id: groupId }, select: { name: true } });
      if (!group) return { ok: false, code: 'not_found' } as const;
      const active = await tx.domain.findMany({
        where: { id: { in: add }, archivedAt: null },
        select: { id: true },
      });
      const found = new Set(active.map((d) => d.id));
      const unknown = add.filter((id) => !found.has(id));
      if (unknown.length > 0) return { ok: false, code: 'unknown_domains', ids: unknown } as const;
      const today = dayOf(now);
      const affected: AffectedRange[] = [];
      const added: string[] = [];
      const removed: string[] = [];
      for (const domainId of add) {
        const opened = await openMemberships(tx, domainId, [groupId], today);
        if (opened.length > 0) added.push(domainId);
        affected.push(...opened);
      }
      for (const domainId of remove) {
        const closed = await closeMemberships(tx, domainId, [groupId], today);
        if (closed.length > 0) removed.push(domainId);
        affected.push(...closed);
      }
      await refreshAffected(tx, affected);
      if (added.length + removed.length > 0) {
        const after = { added: await domainNames(tx, added), removed: await domainNames(tx, removed) };
        const target = { type: 'group', id: groupId, label: group.name };
        await recordAuditEvent(actor, { action: 'group.members', target, after }, tx);
      }
      return { ok: true, added: added.length, removed: removed.length } as const;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
