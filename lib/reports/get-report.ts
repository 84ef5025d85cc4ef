import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleReportsSql } from '@/lib/queries/visible';
import { type AdoptionReport, adoptionReportSchema } from './adoption-report-schema';

export interface StoredReport {
  id: string;
  createdAt: Date;
  content: AdoptionReport;
}

/** A stored report with its content checked against the schema; null when there is no such report. */
export async function getReport(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<StoredReport | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const [row] = await db.$queryRaw<Array<{ id: string; created_at: Date; content: unknown }>>`
    SELECT id, created_at, content FROM reports WHERE id = ${id}::uuid AND ${visibleReportsSql(viewer)}`;
  if (!row) return null;
  return { id: row.id, createdAt: row.created_at, content: adoptionReportSchema.parse(row.content) };
}
