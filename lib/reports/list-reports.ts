import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { dayOfDateColumn } from '@/lib/history/day-of';
import { visibleReportsSql } from '@/lib/queries/visible';
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

export interface ReportListPage {
  items: ReportListItem[];
  /** The id to continue after (older reports), null on the last page. */
  nextAfter: string | null;
}

/**
 * Stored reports, newest first, `limit` at a time after the report `after` (keyset on the UUIDv7
 * id, which orders by creation). The selection is read back from the stored input.
 */
export async function listReports(
  viewer: Viewer,
  { limit, after }: { limit: number; after?: string | null },
  db: PrismaClient = prisma,
): Promise<ReportListPage> {
  readAs(viewer);
  const visible =
    viewer.groupIds === null
      ? {}
      : {
          id: {
            in: (
              await db.$queryRaw<
                Array<{ id: string }>
              >`SELECT id FROM reports WHERE ${visibleReportsSql(viewer)}`
            ).map((row) => row.id),
          },
        };
  const rows = await db.report.findMany({
    where: { AND: [visible, after ? { id: { lt: after } } : {}] },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: { id: true, title: true, input: true, periodEnd: true, createdAt: true },
  });
  const items = rows.slice(0, limit).map((row) => {
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
  return { items, nextAfter: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
