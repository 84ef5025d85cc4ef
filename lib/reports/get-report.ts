import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
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
  const row = await db.report.findUnique({
    where: { id },
    select: { id: true, createdAt: true, content: true },
  });
  if (!row) return null;
  return { id: row.id, createdAt: row.createdAt, content: adoptionReportSchema.parse(row.content) };
}
