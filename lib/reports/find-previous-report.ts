import type { PrismaClient } from '@/generated/prisma/client';
import { dateColumn, dayOfDateColumn } from '@/lib/history/day-of';
import { type AdoptionReport, adoptionReportSchema } from './adoption-report-schema';
import { type ReportInput, selectionKey } from './report-input';

export interface PreviousReport {
  id: string;
  periodEnd: string;
  content: AdoptionReport;
}

/**
 * The latest stored report of the same selection (scopes and view) whose period ended before this
 * one's: what "since the previous report" compares with. A report stored in an older content
 * version is skipped rather than misread.
 */
export async function findPreviousReport(
  db: PrismaClient,
  input: Pick<ReportInput, 'scopes' | 'view' | 'to'>,
): Promise<PreviousReport | null> {
  const candidates = await db.report.findMany({
    where: { selectionKey: selectionKey(input), periodEnd: { lt: dateColumn(input.to) } },
    orderBy: [{ periodEnd: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, periodEnd: true, content: true },
    take: 5,
  });
  for (const candidate of candidates) {
    const content = adoptionReportSchema.safeParse(candidate.content);
    if (content.success)
      return { id: candidate.id, periodEnd: dayOfDateColumn(candidate.periodEnd), content: content.data };
  }
  return null;
}
