import type { AuditEvent, Prisma, PrismaClient } from '@/generated/prisma/client';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { addDays, isDay, startOfDay } from '@/lib/history/day-of';
import type { AuditCursor } from './audit-event-cursor';
import type { AuditEventFilter } from './audit-event-filter';

export interface AuditEventPage {
  rows: AuditEvent[];
  /** Where the next page starts; null on the last one. */
  next: AuditCursor | null;
}

/** `from` is inclusive; `to` takes its whole day when it is a day, else the instant itself. */
function atRange({ from, to }: AuditEventFilter): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: isDay(from) ? startOfDay(from) : new Date(from) } : {}),
    ...(to ? (isDay(to) ? { lt: startOfDay(addDays(to, 1)) } : { lte: new Date(to) }) : {}),
  };
}

function auditEventWhere(filter: AuditEventFilter): Prisma.AuditEventWhereInput {
  const { actor } = filter;
  return {
    ...(actor
      ? isUuid(actor)
        ? { OR: [{ actorUserId: actor }, { tokenId: actor }] }
        : { actorLabel: { equals: actor, mode: 'insensitive' } }
      : {}),
    // The filter allows only [a-z0-9.-], so no LIKE wildcard can reach the pattern.
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(atRange(filter) ? { at: atRange(filter) } : {}),
  };
}

/**
 * One page of the audit log, newest first, with the filters of the page and the API. Keyset paging on
 * (at, id): a page costs the same deep in the log as at its top, and entries written meanwhile never
 * shift what the next page shows. Unscoped admins only (isUnscopedAdmin: the page and the API check
 * first; this is the backstop).
 */
export async function listAuditEvents(
  viewer: Viewer,
  filter: AuditEventFilter,
  page: { after?: AuditCursor | null; limit: number },
  db: PrismaClient = prisma,
): Promise<AuditEventPage> {
  if (!isUnscopedAdmin(readAs(viewer))) throw new Error('The audit log is read by unscoped admins only.');
  const { after } = page;
  const rows = await db.auditEvent.findMany({
    where: {
      AND: [
        auditEventWhere(filter),
        after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {},
      ],
    },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: page.limit + 1,
  });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return { rows: shown, next: rows.length > page.limit && last ? { at: last.at, id: last.id } : null };
}
