import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import type { Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { dateColumn } from '@/lib/history/day-of';
import { ALL_SCOPE } from '@/lib/history/refresh-adoption-rollups';
import { canSeeScope } from '@/lib/queries/visible';
import type { AdoptionReport } from './adoption-report-schema';
import { buildAdoptionReport } from './build-adoption-report';
import { findPreviousReport } from './find-previous-report';
import { type ReportInput, selectionKey } from './report-input';

export type GenerateReportResult =
  | { ok: true; id: string; report: AdoptionReport }
  | { ok: false; error: 'unknown-group' };

/**
 * Builds a report of the selection and stores it with its figures, so later downloads in any format
 * show exactly these numbers and the next report of the same selection can show the change since.
 * Recorded as `report.generate` with what was asked (never the figures) in the same transaction.
 */
export async function generateReport(
  viewer: Viewer,
  input: ReportInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<GenerateReportResult> {
  if (!input.scopes.every((scope) => canSeeScope(viewer, scope)))
    return { ok: false, error: 'unknown-group' };
  const groupIds = input.scopes.filter((scope) => scope !== ALL_SCOPE);
  const groups = await db.group.findMany({
    where: { id: { in: groupIds } },
    select: { id: true, name: true },
  });
  if (groups.length !== groupIds.length) return { ok: false, error: 'unknown-group' };
  const names = new Map<string, string | null>(groups.map((g) => [g.id, g.name]));
  const previous = await findPreviousReport(db, input);
  const report = await buildAdoptionReport(viewer, input, { names, previous, now }, db);
  const asked = input as unknown as Prisma.InputJsonObject;
  const stored = await db.$transaction(async (tx) => {
    const row = await tx.report.create({
      data: {
        title: report.title,
        input: asked,
        selectionKey: selectionKey(input),
        periodEnd: dateColumn(input.to),
        content: report as unknown as Prisma.InputJsonValue,
        createdById: viewer.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    const target = { type: 'report', id: row.id, label: report.title };
    await recordAuditEvent(actor, { action: 'report.generate', target, after: asked }, tx);
    return row;
  });
  return { ok: true, id: stored.id, report };
}
