import type { AuditEvent, PrismaClient } from '@/generated/prisma/client';
import { hasRole } from '@/lib/auth/roles';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';

/** One audit entry with its before/after, or null (admins only, as the list). */
export async function getAuditEvent(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<AuditEvent | null> {
  if (!hasRole(readAs(viewer).role, 'admin')) throw new Error('The audit log is read by admins only.');
  if (!isUuid(id)) return null;
  return db.auditEvent.findUnique({ where: { id } });
}
