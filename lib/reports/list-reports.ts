import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { dayOfDateColumn } from '@/lib/history/day-of';
import { reportInput } from './report-input';

export interface ReportListItem {
  id: string;
  title: string;
  from: string;
  to: string;
  scopes: string[];
  view: 'registered' | 'cohort';
  createdAt: Date;
}

export interface ReportPage {
  items: ReportListItem[];
  page: number;
  size: number;
  total: number;
}

/** Stored reports, newest first, a page at a time; the selection is read back from `input`. */
export async function listReports(
  { page, size }: { page: number; size: number },
  db: PrismaClient = prisma,
): Promise<ReportPage> {
  const [rows, total] = await Promise.all([
    db.report.findMany({
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * size,
      take: size,
      select: { id: true, title: true, input: true, periodEnd: true, createdAt: true },
    }),
    db.report.count(),
  ]);
  const items = rows.map((row) => {
    const input = reportInput.safeParse(row.input);
    const to = dayOfDateColumn(row.periodEnd);
    return {
      id: row.id,
      title: row.title,
      from: input.success ? input.data.from : to,
      to,
      scopes: input.success ? input.data.scopes : [],
      view: input.success ? input.data.view : ('registered' as const),
      createdAt: row.createdAt,
    };
  });
  return { items, page, size, total };
}
