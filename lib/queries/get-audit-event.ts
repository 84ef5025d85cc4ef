import type { AuditEvent, PrismaClient } from '@/generated/prisma/client';
import { isUnscopedAdmin } from '@/lib/auth/is-unscoped-admin';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';

/** One audit entry with its before/after, or null (unscoped admins only, as the list). */
export async function getAuditEvent(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<AuditEvent | null> {
  if (!isUnscopedAdmin(readAs(viewer))) throw new Error('The audit log is read by unscoped admins only.');
  if (!isUuid(id)) return null;
  return db.auditEvent.findUnique({ where: { id } });
}
